import { AppError } from "@/lib/errors";

export type Role = "PRODUCER" | "ADMIN";

export interface Viewer {
  userId: string;
  role: Role;
  /** Set for producer accounts: the one producer whose data this viewer may see and change. */
  producerId: string | null;
  /**
   * Set for officers who act in one region (a province: all its communes; a commune: itself); null for
   * an officer of the whole country and for producers. What it lets an officer see and do is decided in
   * one place, server/auth/scope.ts.
   */
  regionId: string | null;
  name: string;
  email: string;
}

/** The user a session stands for, as read from the database (server/auth/session-token.ts). */
export interface SessionUser {
  id?: string;
  role?: Role;
  producerId?: string | null;
  regionId?: string | null;
  name?: string | null;
  email?: string | null;
}

export function viewerFromSession(user: SessionUser | undefined): Viewer | null {
  if (!user?.id || !user.role) return null;
  // A session issued before officers had regions says nothing about one: reading that as "the whole
  // country" would widen it, so such an officer signs in again.
  if (user.role === "ADMIN" && user.regionId === undefined) return null;
  return {
    userId: user.id,
    role: user.role,
    producerId: user.role === "PRODUCER" ? (user.producerId ?? null) : null,
    regionId: user.role === "ADMIN" ? (user.regionId ?? null) : null,
    name: user.name ?? "",
    email: user.email ?? "",
  };
}

/**
 * The permission table: which role may do what. Ownership (a producer acting on its own data) is
 * checked on top of it by `authorize` when a resource names its producer.
 */
const PERMISSIONS = {
  "studio.access": ["PRODUCER"],
  "producer.editOwnProfile": ["PRODUCER"],
  "product.manageOwn": ["PRODUCER"],
  "batch.manageOwn": ["PRODUCER"],
  "order.fulfilOwn": ["PRODUCER"],
  "booth.requestOwn": ["PRODUCER"],
  "admin.access": ["ADMIN"],
  "product.review": ["ADMIN"],
  "certificate.record": ["ADMIN"],
  "certificate.viewOwn": ["PRODUCER"],
  "certificate.viewScan": ["ADMIN", "PRODUCER"],
  "producer.manage": ["ADMIN"],
  "account.manage": ["ADMIN"],
  "fair.manage": ["ADMIN"],
  "booth.allocate": ["ADMIN"],
  "idea.review": ["ADMIN"],
  "programme.manage": ["ADMIN"],
  "order.viewAll": ["ADMIN"],
  "payment.markPaid": ["ADMIN", "PRODUCER"],
  "audit.view": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(viewer: Viewer | null, action: Action): boolean {
  return !!viewer && (PERMISSIONS[action] as readonly Role[]).includes(viewer.role);
}

/**
 * Throws unless `viewer` may perform `action`. When the resource belongs to a producer, a producer
 * account may act only on its own: anything else is NOT_FOUND, so nothing about other producers'
 * data leaks (not even that it exists).
 */
export function authorize(
  viewer: Viewer | null,
  action: Action,
  resource?: { producerId: string | null | undefined },
): asserts viewer is Viewer {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  if (!can(viewer, action)) throw new AppError("FORBIDDEN");
  if (resource && viewer.role === "PRODUCER" && resource.producerId !== viewer.producerId) {
    throw new AppError("NOT_FOUND");
  }
}

/** The producer a producer account acts for; officers have none. */
export function ownProducerId(viewer: Viewer): string {
  if (viewer.role !== "PRODUCER" || !viewer.producerId) throw new AppError("FORBIDDEN");
  return viewer.producerId;
}
