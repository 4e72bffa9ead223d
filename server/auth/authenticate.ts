import "server-only";
import { now } from "@/lib/clock";
import type { ThrottleRule } from "@/lib/throttle";
import { db } from "@/server/infra/db";
import { assertNotThrottled, clearAttempts, recordAttempt, type ThrottleCheck } from "@/server/infra/throttle";
import { hashPassword, verifyPassword } from "./password";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: "PRODUCER" | "ADMIN";
  producerId: string | null;
  /** Officers: the region they act in (null: nationwide). */
  regionId: string | null;
}

/**
 * Failed sign-ins are throttled so that guessing is slow and the owner is never locked out
 * (docs/security.md, V2.2):
 * - per account and address, a backoff: 5 quick failures, then 30 s, 1, 2, 4 … minutes, at most 15,
 *   forgotten after an hour without failures. It slows a guesser on one address and nobody else.
 * - per account, a higher ceiling across all addresses (many guessers), and per address across all
 *   accounts (one guesser trying many accounts): both a backoff too, so they slow and never shut out.
 *   A browser the account has signed in from before (its device cookie, server/auth/device.ts) is
 *   exempt from both, so an attack from elsewhere never keeps the owner out.
 * Only failures count, unknown emails alike (the limits reveal nothing about which accounts exist).
 */
export const LOGIN_THROTTLES = {
  accountAddress: { name: "login:account-address", limit: 5, windowSeconds: 3600, backoff: { baseSeconds: 30, maxSeconds: 900 } },
  account: { name: "login:account", limit: 20, windowSeconds: 3600, backoff: { baseSeconds: 60, maxSeconds: 900 } },
  address: { name: "login:address", limit: 50, windowSeconds: 3600, backoff: { baseSeconds: 60, maxSeconds: 900 } },
} as const satisfies Record<string, ThrottleRule>;

export interface SignInContext {
  /** The client's address (server/infra/request-address.ts). */
  address: string;
  /** Whether this browser holds a device cookie of this account (a past successful sign-in). */
  knownDevice?: boolean;
}

function throttleChecks(email: string, { address, knownDevice }: SignInContext): { own: ThrottleCheck[]; shared: ThrottleCheck[] } {
  return {
    own: [{ rule: LOGIN_THROTTLES.accountAddress, key: `${email} ${address}` }],
    shared: knownDevice
      ? []
      : [
          { rule: LOGIN_THROTTLES.account, key: email },
          { rule: LOGIN_THROTTLES.address, key: address },
        ],
  };
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
 * password, disabled account, suspended producer), so callers cannot tell which one happened. Throws
 * RATE_LIMITED (with `retryAfterSeconds`) while the throttles hold this attempt back; the password is
 * then not even checked.
 */
export async function authenticateWithPassword(email: string, password: string, context: SignInContext): Promise<AuthenticatedUser | null> {
  const key = email.trim().toLowerCase();
  const checks = throttleChecks(key, context);
  await assertNotThrottled([...checks.own, ...checks.shared]);
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
    // A known device's failures still count everywhere: its exemption is from others' failures.
    await recordAttempt([...checks.own, { rule: LOGIN_THROTTLES.account, key }, { rule: LOGIN_THROTTLES.address, key: context.address }]);
    return null;
  }
  // Success proves the owner: this account-and-address starts afresh. The shared ceilings are not
  // cleared, or a guesser could reset them by having the owner sign in.
  await clearAttempts(checks.own);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, producerId: user.producerId, regionId: user.role === "ADMIN" ? user.regionId : null };
}
