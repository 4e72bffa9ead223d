import { localizedHref } from "@/i18n/localized-href";
import { createEvent, type DateArray } from "ics";

export interface CalendarFair {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  province: string;
  startsOn: Date;
  endsOn: Date;
  updatedAt: Date;
}

const day = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/**
 * One all-day event for the fair (RFC 5545: DTSTART;VALUE=DATE, DTEND exclusive so the last day is
 * included). The UID is stable per fair so calendar apps update rather than duplicate it.
 */
export function fairCalendar(fair: CalendarFair, { baseUrl, locale }: { baseUrl: string; locale: "vi" | "en" }): string {
  const name = locale === "en" ? (fair.nameEn ?? fair.nameVi) : fair.nameVi;
  const endExclusive = new Date(fair.endsOn.getTime() + 86_400_000);
  const url = `${baseUrl}${localizedHref(`/fairs/${fair.slug}`, locale)}`;
  const { error, value } = createEvent({
    uid: `fair-${fair.slug}@ocop-market`,
    productId: "ocop-market/fairs",
    title: name,
    start: day(fair.startsOn),
    end: day(endExclusive),
    location: `${fair.venue}, ${fair.province}`,
    url,
    description: url,
    status: "CONFIRMED",
    busyStatus: "FREE",
    lastModified: [fair.updatedAt.getUTCFullYear(), fair.updatedAt.getUTCMonth() + 1, fair.updatedAt.getUTCDate(), fair.updatedAt.getUTCHours(), fair.updatedAt.getUTCMinutes()],
  });
  if (error || !value) throw error ?? new Error("calendar could not be built");
  return value;
}
