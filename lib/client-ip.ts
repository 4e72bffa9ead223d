/**
 * The client's address as the nearest trusted proxy saw it. Each proxy appends the address it received
 * from to X-Forwarded-For, so with N trusted proxies in front (TRUSTED_PROXIES, default 1: nginx or the
 * load balancer) the client is the N-th entry from the right. Entries further left were written by the
 * client itself and could be anything: taking them would let one client pose as many and slip the
 * per-IP login limit.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedProxies = 1): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trustedProxies < 1 || hops.length === 0) return "unknown";
  return hops[Math.max(0, hops.length - trustedProxies)];
}
