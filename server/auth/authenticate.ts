import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { db } from "@/server/infra/db";
import { hashPassword, verifyPassword } from "./password";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "./rate-limit";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: "PRODUCER" | "ADMIN";
  producerId: string | null;
  /** Officers: the region they act in (null: nationwide). */
  regionId: string | null;
}

// Unknown emails and accounts without a password (invited, not yet accepted) are verified against this
// throwaway hash, so the answer takes as long as for a real account and timing reveals nothing.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}

/**
 * Checks an email and password. Returns null for every kind of failure alike (unknown email, wrong
 * password, disabled account), so callers cannot tell which one happened. Throws RATE_LIMITED when the
 * account or the IP has failed too often — counted for unknown emails too, so the limit reveals nothing.
 */
export async function authenticateWithPassword(email: string, password: string, ip: string): Promise<AuthenticatedUser | null> {
  const key = email.trim().toLowerCase();
  if (await isLoginBlocked(key, ip)) throw new AppError("RATE_LIMITED");
  const user = await db.user.findUnique({
    where: { email: key },
    omit: { passwordHash: false },
    include: { producer: { select: { status: true } } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  const ok =
    !!user?.passwordHash &&
    passwordOk &&
    user.active &&
    (user.role !== "PRODUCER" || user.producer?.status === "ACTIVE");
  if (!ok || !user) {
    await recordLoginFailure(key, ip);
    return null;
  }
  await clearLoginFailures(key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, producerId: user.producerId, regionId: user.role === "ADMIN" ? user.regionId : null };
}
