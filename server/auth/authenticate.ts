import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { verifyPassword } from "./password";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "./rate-limit";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: "PRODUCER" | "ADMIN";
  producerId: string | null;
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
  const ok =
    !!user?.passwordHash &&
    user.active &&
    (await verifyPassword(user.passwordHash, password)) &&
    (user.role !== "PRODUCER" || user.producer?.status === "ACTIVE");
  if (!ok || !user) {
    await recordLoginFailure(key, ip);
    return null;
  }
  await clearLoginFailures(key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, producerId: user.producerId };
}
