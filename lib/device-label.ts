/**
 * A coarse name for the browser a session was signed in from, for the list of signed-in devices
 * ("Chrome, Android"): enough for an owner to recognise their own phone or a stranger's computer, and
 * no more — the full User-Agent is never stored (docs/security.md, V3 and V8).
 */
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\b(?:OPR|Opera)\//, "Opera"],
  [/\bCocCoc\b|\bcoc_coc_browser\//i, "Cốc Cốc"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(?:Firefox|FxiOS)\//, "Firefox"],
  [/\b(?:Chrome|Chromium|CriOS)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bAndroid\b/, "Android"],
  [/\b(?:iPhone|iPad|iPod)\b/, "iOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

/** "Browser, system" from a User-Agent header; either part is "?" when it cannot be told. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const text = (userAgent ?? "").slice(0, 512);
  const browser = BROWSERS.find(([pattern]) => pattern.test(text))?.[1] ?? "?";
  const system = SYSTEMS.find(([pattern]) => pattern.test(text))?.[1] ?? "?";
  return `${browser}, ${system}`;
}
