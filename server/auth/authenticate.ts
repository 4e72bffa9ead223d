import "server-only";
import { db } from "@/server/db";
import { verifyPassword } from "./password";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: "PRODUCER" | "ADMIN";
  producerId: string | null;
}

/**
 * Checks an email and password. Returns null for every kind of failure alike (unknown email, wrong
 * password, disabled account), so callers cannot tell which one happened. `ip` is for rate limiting.
 */
export async function authenticateWithPassword(
  email: string,
  password: string,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the login rate limit (back-office issue) keys on it
  ip: string,
): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    omit: { passwordHash: false },
    include: { producer: { select: { status: true } } },
  });
  if (!user || !user.passwordHash || !user.active) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  if (user.role === "PRODUCER" && user.producer?.status !== "ACTIVE") return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, producerId: user.producerId };
}
