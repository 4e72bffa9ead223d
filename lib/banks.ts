/**
 * Vietnam's NAPAS 247 member banks (lib/data/banks.json): producers pick their bank from this list
 * and buyers see its name, never a bare BIN. The list is data: update the JSON, not this code.
 */
import data from "./data/banks.json";

export interface Bank {
  /** NAPAS acquirer id, the BIN a VietQR payload carries (tag 38/01/00). */
  bin: string;
  code: string;
  /** The name people use ("Vietcombank"). */
  shortName: string;
  /** The legal name in Vietnamese. */
  name: string;
}

export const BANKS: readonly Bank[] = data.banks;

const BY_BIN = new Map(BANKS.map((bank) => [bank.bin, bank]));

export function bankByBin(bin: string | null | undefined): Bank | null {
  return bin ? (BY_BIN.get(bin) ?? null) : null;
}

export function isKnownBankBin(bin: string): boolean {
  return BY_BIN.has(bin);
}
