/**
 * The client's address, for throttles and scan de-duplication.
 *
 * The chain of addresses a request went through is X-Forwarded-For (each proxy appends the address it
 * received from) followed by the peer of our own socket. With N trusted proxies in front
 * (TRUSTED_PROXIES; 0, the default, when the app faces the Internet itself) the client is the entry N
 * places from the right of that chain: the socket's peer with no proxy, the address the proxy appended
 * with one. Entries further left were written by the client and could be anything — taking them would
 * let one client pose as many and slip every per-address limit.
 *
 * `peer` is the socket's remote address as the server saw it (scripts/lib/http-front.mjs hands it to
 * the app). Without it (a server started some other way) the last X-Forwarded-For entry stands in for
 * it: Next.js fills that header with the peer when the client sent none.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedProxies = 0, peer?: string | null): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0 && !peer) return "unknown";
  // Without the peer, the header's last entry is the nearest hop's view (see above).
  const fromRight = peer ? trustedProxies : Math.max(0, trustedProxies - 1);
  if (peer) chain.push(peer);
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - fromRight)]);
}

/**
 * One spelling per address: IPv4-mapped IPv6 as plain IPv4, IPv6 lower-case. An IPv6 client owns a
 * whole /64 (its provider hands it out; privacy extensions rotate the rest every few hours), so per-
 * address limits key on the /64 — otherwise one household would be 2^64 "addresses".
 */
export function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return mapped[1];
  if (!bare.includes(":")) return bare;
  const groups = expandIpv6(bare);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : bare;
}

function expandIpv6(address: string): string[] | null {
  const [head, tail, extra] = address.split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}
