import { getTranslations } from "next-intl/server";

const FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "startsOn", "endsOn", "venue", "province", "registrationDeadline", "boothCapacity", "boothSize", "feeVnd", "subsidyPercent", "minStars", "maxBoothsPerProducer"] as const;

export async function fairFormLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: "fairs.admin.fields" });
  return Object.fromEntries(FIELDS.map((f) => [f, t(f)])) as Record<(typeof FIELDS)[number], string>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
/** The deadline is shown as the calendar day in Vietnam (UTC+7) on which registration closes. */
const vnDay = (d: Date) => day(new Date(d.getTime() + 7 * 3_600_000));

export function fairFormValues(fair: {
  nameVi: string; nameEn: string | null; descriptionVi: string; descriptionEn: string | null; startsOn: Date; endsOn: Date; venue: string; province: string;
  registrationDeadline: Date; boothCapacity: number; boothSize: string; feeVnd: number; subsidyPercent: number; minStars: number; maxBoothsPerProducer: number;
}) {
  return {
    nameVi: fair.nameVi,
    nameEn: fair.nameEn ?? "",
    descriptionVi: fair.descriptionVi,
    descriptionEn: fair.descriptionEn ?? "",
    startsOn: day(fair.startsOn),
    endsOn: day(fair.endsOn),
    venue: fair.venue,
    province: fair.province,
    registrationDeadline: vnDay(fair.registrationDeadline),
    boothCapacity: String(fair.boothCapacity),
    boothSize: fair.boothSize,
    feeVnd: String(fair.feeVnd),
    subsidyPercent: String(fair.subsidyPercent),
    minStars: String(fair.minStars),
    maxBoothsPerProducer: String(fair.maxBoothsPerProducer),
  };
}
