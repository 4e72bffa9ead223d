import "server-only";
import { dateToDay } from "@/lib/clock";
import { listFairs, getFairBySlug, listFairExhibitors } from "./queries";
import { ZFairExhibitorQuery } from "./schemas";

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

/** One fair with its visitor facts and one page of its exhibitors (`page`, `pageSize` ≤ 100). */
export async function fairDetailForApi(slug: string, query: unknown = {}) {
  const { page, pageSize } = ZFairExhibitorQuery.parse(query);
  const fair = await getFairBySlug(slug);
  if (!fair) return null;
  const exhibitors = await listFairExhibitors(fair.id, { page, pageSize });
  return {
    ...publicFair(fair),
    descriptionVi: fair.descriptionVi,
    descriptionEn: fair.descriptionEn,
    opensAt: fair.opensAt,
    closesAt: fair.closesAt,
    hoursNoteVi: fair.hoursNoteVi,
    hoursNoteEn: fair.hoursNoteEn,
    address: fair.address,
    directionsVi: fair.directionsVi,
    directionsEn: fair.directionsEn,
    exhibitors: exhibitors.map(({ products, ...e }) => ({ ...e, products: products.map(({ slug, nameVi, nameEn, stars }) => ({ slug, nameVi, nameEn, stars })) })),
    page,
    pageSize,
    exhibitorsTotal: fair.exhibitorCount,
  };
}
