/**
 * A link a producer gives for its website may only be an http(s) address: `javascript:` and `data:`
 * URLs (or anything else a browser would run or render instead of navigating) are refused when saved
 * and never rendered as a link, even if one was stored before this rule.
 */
export function isWebAddress(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}
