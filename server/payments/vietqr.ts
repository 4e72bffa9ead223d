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

/**
 * Who a transfer goes to: an order from one producer with bank details pays that producer directly;
 * anything else (several producers, or none registered) pays the district's account, which settles
 * with the producers. Null when neither is configured: transfer is then not offered.
 */
export function choosePayee(producers: readonly PayeeCandidate[]): Payee | null {
  const env = readEnv();
  const only = producers.length === 1 ? producers[0] : null;
  if (only?.bankBin && only.bankAccount) {
    return { bankBin: only.bankBin, accountNumber: only.bankAccount, accountName: only.bankAccountName, producerId: only.id };
  }
  if (env.DISTRICT_BANK_BIN && env.DISTRICT_BANK_ACCOUNT) {
    return { bankBin: env.DISTRICT_BANK_BIN, accountNumber: env.DISTRICT_BANK_ACCOUNT, accountName: env.DISTRICT_BANK_ACCOUNT_NAME ?? null, producerId: null };
  }
  return null;
}

/** The dynamic VietQR payload of an order: its total, and its code as the transfer note. */
export function orderTransferPayload(payee: Payee, order: { code: string; totalVnd: number }): string {
  return buildVietQrPayload({ bankBin: payee.bankBin, accountNumber: payee.accountNumber, amountVnd: order.totalVnd, note: order.code });
}

/** Rendered locally as SVG: the account data never goes to a third-party QR service. */
export async function transferQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
