import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import { readEnv } from "@/lib/env";

const TRUSTED_PROXIES = readEnv().TRUSTED_PROXIES;

/**
 * The header under which scripts/lib/http-front.mjs passes the socket's address, when that preload
 * runs in this process; otherwise the header is whatever a client wrote and is ignored.
 */
function peerHeader(): string | undefined {
  return (globalThis as { [key: symbol]: string | undefined })[Symbol.for("ocop.peerAddressHeader")];
}

/** The client's address as lib/client-ip.ts defines it, from a request's headers. */
export function addressOf(requestHeaders: Headers): string {
  const peer = peerHeader();
  return clientIp(requestHeaders.get("x-forwarded-for"), TRUSTED_PROXIES, peer ? requestHeaders.get(peer) : null);
}

/** The address of the client of this request (Server Actions and pages). */
export async function requestAddress(): Promise<string> {
  return addressOf(await headers());
}
