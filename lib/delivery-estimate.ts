/**
 * How long a parcel takes from the producer's province to the buyer's, as a range of days, and the
 * calendar days that makes from today. The ranges are ours (typical for national couriers from
 * a mountain province), by zone of the 34 provinces (lib/data/provinces-2025.json); they are an
 * estimate shown as such, never a promise.
 */
import { addDays, type IsoDay } from "./clock";
import data from "./data/provinces-2025.json";

export type Zone = "NORTH" | "NORTH_CENTRAL" | "SOUTH_CENTRAL" | "SOUTH";

export interface Province {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  zone: Zone;
}

export const PROVINCES: readonly Province[] = data.provinces as Province[];
const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceByCode(code: string | null | undefined): Province | null {
  return code ? (BY_CODE.get(code) ?? null) : null;
}

const ZONE_ORDER: readonly Zone[] = ["NORTH", "NORTH_CENTRAL", "SOUTH_CENTRAL", "SOUTH"];

/** Days in transit: same province 1–2, same zone 2–3, next zone 3–5, further 4–7. */
export function deliveryDays(fromProvince: string | null, toProvince: string | null): { min: number; max: number } | null {
  const from = provinceByCode(fromProvince);
  const to = provinceByCode(toProvince);
  if (!from || !to) return null;
  if (from.code === to.code) return { min: 1, max: 2 };
  const distance = Math.abs(ZONE_ORDER.indexOf(from.zone) - ZONE_ORDER.indexOf(to.zone));
  if (distance === 0) return { min: 2, max: 3 };
  if (distance === 1) return { min: 3, max: 5 };
  return { min: 4, max: 7 };
}

/** The calendar days a parcel sent today would arrive between. */
export function deliveryWindow(today: IsoDay, fromProvince: string | null, toProvince: string | null): { from: IsoDay; to: IsoDay; min: number; max: number } | null {
  const days = deliveryDays(fromProvince, toProvince);
  return days ? { ...days, from: addDays(today, days.min), to: addDays(today, days.max) } : null;
}
