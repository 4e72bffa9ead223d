import { localizedHref } from "@/i18n/localized-href";
import { createEvent, type DateArray } from "ics";
import { addDays, dateToDay, type IsoDay } from "@/lib/clock";

export interface CalendarFair {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  /** Street address; empty when the organisers gave none. */
  address?: string;
  province: string;
  startsOn: Date;
  endsOn: Date;
  updatedAt: Date;
}

const day = (iso: IsoDay): DateArray => iso.split("-").map(Number) as DateArray;

/**
 * One all-day event for the fair (RFC 5545: DTSTART;VALUE=DATE, DTEND exclusive so the last day is
 * included). The UID is stable per fair so calendar apps update rather than duplicate it.
 */
export function fairCalendar(fair: CalendarFair, { baseUrl, locale }: { baseUrl: string; locale: "vi" | "en" }): string {
  const name = locale === "en" ? (fair.nameEn ?? fair.nameVi) : fair.nameVi;
  const url = `${baseUrl}${localizedHref(`/fairs/${fair.slug}`, locale)}`;
  const { error, value } = createEvent({
    uid: `fair-${fair.slug}@ocop-market`,
    productId: "ocop-market/fairs",
    title: name,
    start: day(dateToDay(fair.startsOn)),
    end: day(addDays(dateToDay(fair.endsOn), 1)),
    location: [fair.venue, fair.address, fair.province].filter(Boolean).join(", "),
    url,
    description: url,
    status: "CONFIRMED",
    busyStatus: "FREE",
    // Instants as epoch milliseconds: ics reads a date-time array in the server's own zone.
    lastModified: fair.updatedAt.getTime(),
  });
  if (error || !value) throw error ?? new Error("calendar could not be built");
  return value;
}
