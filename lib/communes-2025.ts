/**
 * The 3,321 communes, wards and special zones of the 34 provinces since the reform of 01/07/2025,
 * with their official 5-digit codes, as data (lib/data/communes-2025.json; source, licence and date
 * in docs/orders.md, "Address data"). The seed loads them as COMMUNE regions under their province.
 */
import data from "./data/communes-2025.json";

/** Xã (rural commune), phường (ward) or đặc khu (special zone, the 13 island districts). */
export type CommuneKind = "XA" | "PHUONG" | "DAC_KHU";

export interface OfficialCommune {
  code: string;
  provinceCode: string;
  /** As officially written, with its kind: "Xã Việt Lâm", "Phường Hoàn Kiếm", "Đặc khu Côn Đảo". */
  fullName: string;
  kind: CommuneKind;
  /** Without the kind ("Việt Lâm"): how the regions tree names a commune, the kind being no part of a name to pick. */
  name: string;
}

const KINDS: readonly [string, CommuneKind][] = [
  ["Xã ", "XA"],
  ["Phường ", "PHUONG"],
  ["Đặc khu ", "DAC_KHU"],
];

/** "Phường Hoàn Kiếm" → the kind and "Hoàn Kiếm"; null when the name does not start with a kind. */
export function splitCommuneName(fullName: string): { kind: CommuneKind; name: string } | null {
  for (const [prefix, kind] of KINDS) if (fullName.startsWith(prefix)) return { kind, name: fullName.slice(prefix.length) };
  return null;
}

function load(): OfficialCommune[] {
  const provinces: Record<string, string[][]> = data.provinces;
  return Object.entries(provinces).flatMap(([provinceCode, communes]) =>
    communes.map(([code, fullName]) => {
      const split = fullName === undefined ? null : splitCommuneName(fullName);
      if (!code || !fullName || !split) throw new Error(`communes-2025.json: ${code} "${fullName}" has no kind`);
      return { code, provinceCode, fullName, ...split };
    }),
  );
}

export const OFFICIAL_COMMUNES: readonly OfficialCommune[] = load();
