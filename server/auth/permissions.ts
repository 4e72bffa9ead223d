import { AppError } from "@/lib/errors";

export type Role = "PRODUCER" | "ADMIN";

export interface Viewer {
  userId: string;
  role: Role;
  /** Set for producer accounts: the one producer whose data this viewer may see and change. */
  producerId: string | null;
  name: string;
  email: string;
}

/**
 * The permission table: which role may do what. Ownership (a producer acting on its own data) is
 * checked on top of it by `authorize` when a resource names its producer.
 */
export const PERMISSIONS = {
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
