import "server-only";
import QRCode from "qrcode";
import { buildVietQrPayload } from "@/lib/vietqr";
import { readEnv } from "@/lib/env";

export interface Payee {
  bankBin: string;
  accountNumber: string;
  accountName: string | null;
  /** The producer who receives the money, or null for the district's collecting account. */
  producerId: string | null;
}

interface PayeeCandidate {
  id: string;
  bankBin: string | null;
  bankAccount: string | null;
  bankAccountName: string | null;
}

/** A producer with bank details is paid directly for its part. */
export function producerPayee(producer: PayeeCandidate): Payee | null {
  return producer.bankBin && producer.bankAccount
    ? { bankBin: producer.bankBin, accountNumber: producer.bankAccount, accountName: producer.bankAccountName, producerId: producer.id }
    : null;
}

/** The district's collecting account (settles with producers that have no account of their own), when configured. */
export function districtPayee(): Payee | null {
  const env = readEnv();
  return env.DISTRICT_BANK_BIN && env.DISTRICT_BANK_ACCOUNT
    ? { bankBin: env.DISTRICT_BANK_BIN, accountNumber: env.DISTRICT_BANK_ACCOUNT, accountName: env.DISTRICT_BANK_ACCOUNT_NAME ?? null, producerId: null }
    : null;
}

/**
 * The transfer note of one part: the order code without its dash (10 letters and digits, easy to read
 * on a bank statement), and the part's number when the order has several ("ABCDE23456-2"), so two
 * parts paid to the same account stay apart. Letters, digits and one space are all a VietQR note may carry (lib/vietqr.ts).
 */
export function transferNoteFor(orderCode: string, index: number, parts: number): string {
  const compact = orderCode.replace("-", "");
  return parts > 1 ? `${compact} ${index + 1}` : compact;
}

/** The dynamic VietQR payload of one part: its amount and its note. */
export function partTransferPayload(part: { payeeBankBin: string; payeeAccount: string; amountVnd: number; transferNote: string }): string {
  return buildVietQrPayload({ bankBin: part.payeeBankBin, accountNumber: part.payeeAccount, amountVnd: part.amountVnd, note: part.transferNote });
}

/** Rendered locally as SVG: the account data never goes to a third-party QR service. */
export async function transferQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The same code as a PNG, for the buyer to save and open in their bank's app on the same phone. */
export async function transferQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 4, width: 600 });
}
