import "server-only";
import { dateToDay } from "@/lib/clock";
import { listFairs, getFairBySlug } from "./queries";

/** The public JSON shape of a fair: calendar dates as YYYY-MM-DD, nothing internal (ids, audit). */
function publicFair(f: Awaited<ReturnType<typeof listFairs>>["items"][number]) {
  return {
    slug: f.slug,
    nameVi: f.nameVi,
    nameEn: f.nameEn,
    startsOn: dateToDay(f.startsOn),
    endsOn: dateToDay(f.endsOn),
    venue: f.venue,
    province: f.province,
    registrationDeadline: f.registrationDeadline.toISOString(),
    registrationOpen: f.registrationOpen,
    boothCapacity: f.boothCapacity,
    boothSize: f.boothSize,
    feeVnd: f.feeVnd,
    subsidyPercent: f.subsidyPercent,
    minStars: f.minStars,
    allocatedBooths: f.allocatedBooths,
  };
}

export async function fairListForApi(query: unknown) {
  const result = await listFairs(query);
  return { ...result, items: result.items.map(publicFair) };
}

export async function fairDetailForApi(slug: string) {
  const fair = await getFairBySlug(slug);
  if (!fair) return null;
  return {
    ...publicFair({ ...fair, allocatedBooths: fair.exhibitors.reduce((n, e) => n + e.booths.length, 0) }),
    descriptionVi: fair.descriptionVi,
    descriptionEn: fair.descriptionEn,
    exhibitors: fair.exhibitors,
  };
}
