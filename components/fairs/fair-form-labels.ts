import { getTranslations } from "next-intl/server";
import { dateToDay, dayOf } from "@/lib/clock";

const FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "startsOn", "endsOn", "venue", "province", "registrationDeadline", "boothCapacity", "boothSize", "feeVnd", "subsidyPercent", "minStars", "maxBoothsPerProducer", "opensAt", "closesAt", "hoursNoteVi", "hoursNoteEn", "address", "directionsVi", "directionsEn"] as const;

export async function fairFormLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: "fairs.admin.fields" });
  return Object.fromEntries(FIELDS.map((f) => [f, t(f)])) as Record<(typeof FIELDS)[number], string>;
}


export function fairFormValues(fair: {
  nameVi: string; nameEn: string | null; descriptionVi: string; descriptionEn: string | null; startsOn: Date; endsOn: Date; venue: string; province: string;
  registrationDeadline: Date; boothCapacity: number; boothSize: string; feeVnd: number; subsidyPercent: number; minStars: number; maxBoothsPerProducer: number;
  opensAt: string | null; closesAt: string | null; hoursNoteVi: string; hoursNoteEn: string | null; address: string; directionsVi: string; directionsEn: string | null;
}) {
  return {
    nameVi: fair.nameVi,
    nameEn: fair.nameEn ?? "",
    descriptionVi: fair.descriptionVi,
    descriptionEn: fair.descriptionEn ?? "",
    startsOn: dateToDay(fair.startsOn),
    endsOn: dateToDay(fair.endsOn),
    venue: fair.venue,
    province: fair.province,
    // The deadline is an instant (the end of a day in Vietnam): the form shows the day on which registration closes.
    registrationDeadline: dayOf(fair.registrationDeadline),
    boothCapacity: String(fair.boothCapacity),
    boothSize: fair.boothSize,
    feeVnd: String(fair.feeVnd),
    subsidyPercent: String(fair.subsidyPercent),
    minStars: String(fair.minStars),
    maxBoothsPerProducer: String(fair.maxBoothsPerProducer),
    opensAt: fair.opensAt ?? "",
    closesAt: fair.closesAt ?? "",
    hoursNoteVi: fair.hoursNoteVi,
    hoursNoteEn: fair.hoursNoteEn ?? "",
    address: fair.address,
    directionsVi: fair.directionsVi,
    directionsEn: fair.directionsEn ?? "",
  };
}
