/**
 * GS1 Digital Link URIs (https://host/01/<GTIN-14>[/22/<cpv>][/10/<lot>][/21/<serial>][?17=YYMMDD…]).
 * Key qualifiers must appear in the order 22, 10, 21; data attributes travel in the query string.
 */
import { isValidGtin } from "./gtin";

export interface DigitalLinkData {
  gtin: string;
  cpv?: string;
  lot?: string;
  serial?: string;
  /** Application identifier → value, e.g. { "17": "271231" } for the expiry date. */
  attributes?: Record<string, string>;
}

export type DigitalLinkError = "MALFORMED" | "INVALID_GTIN" | "BAD_CHECK_DIGIT" | "BAD_QUALIFIER_ORDER" | "BAD_ATTRIBUTE";

export type ParsedDigitalLink =
  | { ok: true; gtin14: string; cpv?: string; lot?: string; serial?: string; attributes: Record<string, string> }
  | { ok: false; error: DigitalLinkError };

const QUALIFIERS = ["22", "10", "21"] as const;
const QUALIFIER_FIELD = { "22": "cpv", "10": "lot", "21": "serial" } as const;
// Data attributes we understand; other numeric keys are refused, non-numeric ones (utm_…) ignored.
const DATE_ATTRIBUTES = new Set(["11", "13", "15", "16", "17"]);
const KNOWN_ATTRIBUTES = new Set([...DATE_ATTRIBUTES, "30", "3100", "3101", "3102", "3103", "3104", "3105"]);
// GS1 caps AIs 22, 10 and 21 at 20 characters; building longer values would make links we then refuse.
const MAX_QUALIFIER_LENGTH = 20;
// YYMMDD; GS1 lets DD be 00 for "end of the month".
const GS1_DATE = /^\d{2}(0[1-9]|1[0-2])(0\d|[12]\d|3[01])$/;

/** GS1 allows these characters unescaped in path values; everything else is percent-encoded. */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function buildDigitalLink(base: string, data: DigitalLinkData): string {
  if (!isValidGtin(data.gtin)) throw new RangeError(`not a valid GTIN: ${data.gtin}`);
  let path = `/01/${data.gtin.padStart(14, "0")}`;
  for (const ai of QUALIFIERS) {
    const value = data[QUALIFIER_FIELD[ai]];
    if (!value) continue;
    if (value.length > MAX_QUALIFIER_LENGTH) throw new RangeError(`AI ${ai} is longer than ${MAX_QUALIFIER_LENGTH} characters`);
    path += `/${ai}/${encodeSegment(value)}`;
  }
  const query = Object.entries(data.attributes ?? {})
    .map(([key, value]) => `${encodeSegment(key)}=${encodeSegment(value)}`)
    .join("&");
  return `${base.replace(/\/+$/, "")}${path}${query ? `?${query}` : ""}`;
}

export function parseDigitalLink(pathname: string, searchParams: URLSearchParams = new URLSearchParams()): ParsedDigitalLink {
  const segments = pathname.split("/").filter(Boolean);
  const start = segments.indexOf("01");
  if (start < 0 || segments.length < start + 2 || (segments.length - start) % 2 !== 0) return { ok: false, error: "MALFORMED" };
  const gtin = segments[start + 1];
  if (!/^\d+$/.test(gtin) || ![8, 12, 13, 14].includes(gtin.length)) return { ok: false, error: "INVALID_GTIN" };
  if (!isValidGtin(gtin)) return { ok: false, error: "BAD_CHECK_DIGIT" };

  const result: { ok: true; gtin14: string; cpv?: string; lot?: string; serial?: string; attributes: Record<string, string> } = {
    ok: true,
    gtin14: gtin.padStart(14, "0"),
    attributes: {},
  };
  let lastIndex = -1;
  for (let i = start + 2; i < segments.length; i += 2) {
    const ai = segments[i] as (typeof QUALIFIERS)[number];
    const index = QUALIFIERS.indexOf(ai);
    if (index < 0) return { ok: false, error: "MALFORMED" };
    if (index <= lastIndex) return { ok: false, error: "BAD_QUALIFIER_ORDER" };
    lastIndex = index;
    let value: string;
    try {
      value = decodeURIComponent(segments[i + 1]);
    } catch {
      return { ok: false, error: "MALFORMED" };
    }
    if (!value || value.length > MAX_QUALIFIER_LENGTH) return { ok: false, error: "MALFORMED" };
    result[QUALIFIER_FIELD[ai]] = value;
  }
  for (const [key, value] of searchParams) {
    if (!/^\d+$/.test(key)) continue;
    if (!KNOWN_ATTRIBUTES.has(key)) return { ok: false, error: "BAD_ATTRIBUTE" };
    if (DATE_ATTRIBUTES.has(key) && !GS1_DATE.test(value)) return { ok: false, error: "BAD_ATTRIBUTE" };
    result.attributes[key] = value;
  }
  return result;
}
