import "server-only";
import type { ThrottleRule } from "@/lib/throttle";
import type { ThrottleCheck } from "@/server/infra/throttle";

/**
 * Throttles at the order entry points (server/infra/throttle.ts; docs/security.md).
 * - Placing an order: every attempt counts, per address and per contact given (phone, email), so a
 *   stranger can neither flood producers with orders nor mail one address over and over.
 * - Proving an order's contact to follow it: only failures count, like a sign-in — a backoff per order
 *   code and address, a ceiling per code across addresses, and one per address across codes — so the
 *   phone numbers of a known order code cannot be tried one after another.
 */
const ORDER_THROTTLES = {
  placeAddress: { name: "order:place:address", limit: 10, windowSeconds: 3600 },
  placeContact: { name: "order:place:contact", limit: 5, windowSeconds: 3600 },
  verifyCodeAddress: { name: "order:verify:code-address", limit: 5, windowSeconds: 3600, backoff: { baseSeconds: 30, maxSeconds: 900 } },
  verifyCode: { name: "order:verify:code", limit: 20, windowSeconds: 3600, backoff: { baseSeconds: 30, maxSeconds: 900 } },
  verifyAddress: { name: "order:verify:address", limit: 30, windowSeconds: 3600 },
} as const satisfies Record<string, ThrottleRule>;

/** One spelling per phone number (digits, +84 as 0) and per email address. */
function contactKeys({ phone, email }: { phone?: string; email?: string }): string[] {
  const digits = (phone ?? "").replace(/\D/g, "").replace(/^84(?=\d{9}$)/, "0");
  const mail = (email ?? "").trim().toLowerCase();
  return [digits && `phone:${digits}`, mail && `email:${mail}`].filter(Boolean);
}

export function placementChecks(address: string, contact: { phone?: string; email?: string }): ThrottleCheck[] {
  return [
    { rule: ORDER_THROTTLES.placeAddress, key: address },
    ...contactKeys(contact).map((key) => ({ rule: ORDER_THROTTLES.placeContact, key })),
  ];
}

export function verificationChecks(address: string, code: string | null): { own: ThrottleCheck[]; all: ThrottleCheck[] } {
  const codeKey = code ?? "(no code)";
  const own = [{ rule: ORDER_THROTTLES.verifyCodeAddress, key: `${codeKey} ${address}` }];
  return { own, all: [...own, { rule: ORDER_THROTTLES.verifyCode, key: codeKey }, { rule: ORDER_THROTTLES.verifyAddress, key: address }] };
}
