import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { readEnv } from "@/lib/env";

/**
 * Proof that this browser knows an order's email or phone: a short-lived HMAC over the order code,
 * kept in an httpOnly cookie. Nothing about the order is shown without it.
 */
export const ORDER_ACCESS_COOKIE = "ocop_order_access";
export const ORDER_ACCESS_TTL_SECONDS = 60 * 60;

function secret(): string {
  const value = readEnv().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is required to sign order access");
  return value;
}

function sign(code: string, expires: number): string {
  return createHmac("sha256", secret()).update(`order-access:${code}:${expires}`).digest("base64url");
}

export function issueOrderAccess(code: string, now = nowMs()): string {
  const expires = Math.floor(now / 1000) + ORDER_ACCESS_TTL_SECONDS;
  return `${code}.${expires}.${sign(code, expires)}`;
}

export function hasOrderAccess(token: string | undefined, code: string, now = nowMs()): boolean {
  if (!token) return false;
  const [tokenCode, expiresText, mac] = token.split(".");
  const expires = Number(expiresText);
  if (tokenCode !== code || !Number.isInteger(expires) || expires * 1000 < now || !mac) return false;
  const expected = Buffer.from(sign(code, expires));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
