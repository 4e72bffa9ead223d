/**
 * VietQR (NAPAS 247) payloads: EMVCo merchant-presented QR as TLV fields (two-digit tag, two-digit
 * length, value), generated locally so account data never leaves the server. See OCOP.md, VietQR.
 */
import { foldText } from "./text-fold";

export class VietQrError extends Error {}

export interface VietQrInput {
  bankBin: string;
  accountNumber: string;
  amountVnd?: number;
  note?: string;
}

const NAPAS_AID = "A000000727";
const SERVICE_ACCOUNT_TRANSFER = "QRIBFTTA";

function tlv(tag: string, value: string): string {
  if (value.length > 99) throw new VietQrError(`field ${tag} is longer than 99 characters`);
  return `${tag}${String(value.length).padStart(2, "0")}${value}`;
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, not reflected, no final XOR. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** Transfer notes must be plain ASCII; banks show at most 25 characters. */
export function toTransferNote(text: string): string {
  return foldText(text).toUpperCase().replace(/[^A-Z0-9 ]/g, "").replace(/\s+/g, " ").trim().slice(0, 25);
}

export function buildVietQrPayload({ bankBin, accountNumber, amountVnd, note }: VietQrInput): string {
  if (!/^\d{6}$/.test(bankBin)) throw new VietQrError("bank BIN must be 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) throw new VietQrError("account number must be 1–19 letters or digits");
  if (amountVnd !== undefined && (!Number.isInteger(amountVnd) || amountVnd <= 0 || String(amountVnd).length > 13)) {
    throw new VietQrError("amount must be a positive whole number of đồng");
  }
  const cleanNote = note ? toTransferNote(note) : "";
  // 12 = dynamic (one payment with a fixed amount); 11 = static (reusable, payer types the amount).
  const dynamic = amountVnd !== undefined;
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", tlv("00", NAPAS_AID) + tlv("01", tlv("00", bankBin) + tlv("01", accountNumber)) + tlv("02", SERVICE_ACCOUNT_TRANSFER)) +
    tlv("53", "704") +
    (dynamic ? tlv("54", String(amountVnd)) : "") +
    tlv("58", "VN") +
    (cleanNote ? tlv("62", tlv("08", cleanNote)) : "");
  const withCrcTag = `${body}6304`;
  return withCrcTag + crc16CcittFalse(withCrcTag);
}

/** Reads a TLV string into tag → value (top level only). */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < payload.length) {
    const tag = payload.slice(i, i + 2);
    const lengthText = payload.slice(i + 2, i + 4);
    const length = Number(lengthText);
    // A truncated or corrupted payload must fail loudly rather than yield a short value.
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(lengthText) || i + 4 + length > payload.length) {
      throw new VietQrError(`malformed TLV at ${i}`);
    }
    fields.set(tag, payload.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  return fields;
}
