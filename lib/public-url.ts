/**
 * Whether a base URL can be opened by anyone, anywhere: printed QR labels travel with the goods, so a
 * QR that points at this machine (localhost), at a home or office network (192.168.x.x) or at a name
 * only a local network resolves (.local, a bare host name) opens nothing on a buyer's phone.
 */
export type NonPublicReason = "invalid" | "loopback" | "privateNetwork" | "localName";

const LOCAL_SUFFIXES = [".localhost", ".local", ".internal", ".lan", ".home", ".home.arpa", ".corp", ".test", ".invalid", ".example"];

export function nonPublicReason(baseUrl: string): NonPublicReason | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (a === 127 || a === 0) return "loopback";
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) {
      return "privateNetwork";
    }
    return null;
  }
  if (host.includes(":")) {
    if (host === "::1" || host === "::") return "loopback";
    if (/^f[cd]/.test(host) || /^fe[89ab]/.test(host)) return "privateNetwork";
    return null;
  }
  if (!host.includes(".") || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return "localName";
  return null;
}
