/**
 * Phone numbers as buyers type them. A Vietnamese number is written nationally ("0912 345 678", a
 * 10-digit mobile or an 11-digit landline starting 02) or with +84; a tourist writes theirs with its
 * country code ("+44 7700 900123"). Validation follows the numbering plans in libphonenumber's metadata
 * (server side only: the browser gets `type="tel"` and the server's answer, not the 100 kB of metadata).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

export interface ParsedPhone {
  /** How we show it: Vietnamese numbers nationally ("0912 345 678"), others internationally. */
  display: string;
  /** The comparable form: national digits with a leading 0 for Vietnam, else "+" and E.164 digits. */
  digits: string;
}

export function parsePhone(input: string): ParsedPhone | null {
  const typed = input.trim();
  if (!/^\+?[0-9 ().-]{6,24}$/.test(typed)) return null;
  const number = parsePhoneNumberFromString(typed.startsWith("00") ? `+${typed.slice(2)}` : typed, "VN");
  if (!number || !number.isValid()) return null;
  if (number.country === "VN" || number.countryCallingCode === "84") {
    return { display: number.formatNational(), digits: `0${number.nationalNumber}` };
  }
  return { display: number.formatInternational(), digits: `+${number.countryCallingCode}${number.nationalNumber}` };
}

/** The comparable form of whatever was typed (for matching an order's phone), or null. */
export function phoneDigits(input: string): string | null {
  return parsePhone(input)?.digits ?? null;
}
