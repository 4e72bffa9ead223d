/**
 * Vietnamese phone numbers as people write them: "0912 345 678", "0912.345.678", "+84 912 345 678",
 * "(0219) 3 812 345". Stored as the national form (leading 0, digits only) so that one number is one
 * string; mobile numbers have 10 digits, landlines 11 (area code 02xx).
 */
export function normalizeVietnamesePhone(text: string): string | null {
  const compact = text.normalize("NFC").trim().replace(/[\s.\-()\u00a0]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  let national = compact;
  if (national.startsWith("+84")) national = `0${national.slice(3)}`;
  else if (national.startsWith("84") && national.length >= 11) national = `0${national.slice(2)}`;
  if (!/^0\d{9,10}$/.test(national)) return null;
  // 10 digits: mobile (03, 05, 07, 08, 09); 11 digits: landline with a 02x area code.
  if (national.length === 10 ? !/^0[35789]/.test(national) : !national.startsWith("02")) return null;
  return national;
}

/** "0912345678" → "0912 345 678", "02193812345" → "0219 381 2345", for display. */
export function formatVietnamesePhone(national: string): string {
  if (/^0\d{9}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  if (/^0\d{10}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return national;
}
