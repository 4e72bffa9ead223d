import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { readEnv } from "@/lib/env";

/**
 * A device cookie (OWASP, "Slow down online guessing attacks with device cookies"): after a successful
 * sign-in the browser keeps a signed note naming the account (by a hash of its email). Attempts from a
 * browser holding one for the account they try are exempt from the account-wide and address-wide
 * sign-in throttles (server/auth/authenticate.ts), so guessers elsewhere never lock the owner out. It
 * grants nothing else: the password is still required.
 */
export const DEVICE_COOKIE = "ocop_device";
export const DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function secret(): string {
  const value = readEnv().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is required to sign device cookies");
  return value;
}

function accountId(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 22);
}

function mac(account: string, issued: number): string {
  return createHmac("sha256", secret()).update(`device:${account}:${issued}`).digest("base64url");
}

export function deviceToken(email: string): string {
  const account = accountId(email);
  const issued = Math.floor(nowMs() / 1000);
  return `${account}.${issued}.${mac(account, issued)}`;
}

/** Whether `token` is a device cookie this site issued for `email`, still within its lifetime. */
export function isKnownDevice(token: string | undefined, email: string): boolean {
  const [account, issuedText, given] = (token ?? "").split(".");
  const issued = Number(issuedText);
  if (!given || account !== accountId(email) || !Number.isInteger(issued)) return false;
  if ((issued + DEVICE_MAX_AGE_SECONDS) * 1000 < nowMs()) return false;
  const expected = Buffer.from(mac(account, issued));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
