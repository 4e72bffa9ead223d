import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dateToDay, dayToDate, today as clockToday, type IsoDay } from "@/lib/clock";
import { foldText } from "@/lib/text-fold";
import { CacheTags } from "@/server/infra/cache-tags";
import { cachedRead } from "@/server/infra/cached-read";
import { listProducts, type ImageData, type ProductSummary } from "@/server/products/queries";
import { CERTIFICATE_VIEW_SELECT, toCertificateView, type CertificateView } from "@/server/certificates/public-view";
import { parseLenient, ZProducerListQuery, type ProducerListQuery } from "@/server/products/query-schemas";
import { isWebAddress } from "@/lib/web-address";
import { dbRead } from "@/server/infra/db";
import { publicPictures } from "@/lib/pictures";

const COMMUNE_CHOICES = 40;
const IMAGE_SELECT = { key: true, width: true, height: true, altVi: true, altEn: true, illustration: true } as const;

export type LegalFormCode = "HOUSEHOLD" | "COOPERATIVE" | "COOPERATIVE_GROUP" | "ENTERPRISE";

export interface ProducerSummary {
  slug: string;
  name: string;
  legalForm: LegalFormCode;
  commune: { slug: string; name: string };
  productCount: number;
  /** Its first public picture (a photo, else an illustration: lib/pictures.ts). */
  image: ImageData | null;
}

export interface ProducerPage {
  items: ProducerSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

async function readProducers(query: ProducerListQuery): Promise<ProducerPage> {
  const read = dbRead();
  const folded = query.q ? foldText(query.q) : "";
  const where: Prisma.ProducerWhereInput = {
    status: "ACTIVE",
    ...(query.commune ? { region: { slug: query.commune } } : {}),
    ...(query.legalForm ? { legalForm: query.legalForm } : {}),
    // Substring on the folded text is served by the trigram index.
    ...(folded ? { searchText: { contains: folded } } : {}),
  };
  const [total, rows] = await Promise.all([
    read.producer.count({ where }),
    read.producer.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        slug: true,
        name: true,
        legalForm: true,
        region: { select: { slug: true, name: true } },
        _count: { select: { products: { where: { status: "PUBLISHED" } } } },
        images: { where: { review: "APPROVED" }, orderBy: [{ illustration: "asc" }, { position: "asc" }], take: 1, select: IMAGE_SELECT },
      },
    }),
  ]);
  return {
    items: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      legalForm: row.legalForm,
      commune: row.region,
      productCount: row._count.products,
      image: row.images[0] ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** One page of active producers, filterable by commune, legal form and folded name search. */
export const listProducers = cachedRead("producers:list", readProducers, () => [CacheTags.producers]);

export interface ProducerDetail extends ProducerSummary {
  storyVi: string;
  storyEn: string | null;
  addressLine: string;
  certificateAddress: string | null;
  certificateCommune: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  representative: string | null;
  foundedYear: number | null;
  images: ImageData[];
  products: ProductSummary[];
  certificates: CertificateView[];
}

async function readProducer(slug: string, today: string): Promise<ProducerDetail | null> {
  const producer = await dbRead().producer.findFirst({
    where: { slug, status: "ACTIVE" },
    include: {
      region: true,
      certificateRegion: true,
      images: { where: { review: "APPROVED" }, orderBy: { position: "asc" }, select: IMAGE_SELECT },
      // Certificates of products that are not public stay private with them.
      certificates: {
        where: { product: { status: "PUBLISHED" } },
        select: CERTIFICATE_VIEW_SELECT,
        orderBy: [{ decisionDate: "desc" }, { createdAt: "desc" }],
      },
    },
  });
  if (!producer) return null;
  const products = await listProducts({ producer: slug, sort: "stars", page: 1, pageSize: 100 }, today);
  return {
    slug: producer.slug,
    name: producer.name,
    legalForm: producer.legalForm,
    commune: { slug: producer.region.slug, name: producer.region.name },
    productCount: products.total,
    image: publicPictures(producer.images)[0] ?? null,
    storyVi: producer.storyVi,
    storyEn: producer.storyEn,
    addressLine: producer.addressLine,
    certificateAddress: producer.certificateAddress,
    certificateCommune: producer.certificateRegion && producer.certificateRegion.id !== producer.regionId ? producer.certificateRegion.name : null,
    phone: producer.phone,
    email: producer.email,
    // Never a script or data link, even one stored before addresses were checked.
    website: isWebAddress(producer.website) ? producer.website : null,
    representative: producer.representative,
    foundedYear: producer.foundedYear,
    images: publicPictures(producer.images),
    products: products.items,
    certificates: producer.certificates.map((cert) => toCertificateView(cert, today)),
  };
}

const cachedProducer = cachedRead("producers:one", readProducer, (slug) => [CacheTags.producers, CacheTags.producer(slug), CacheTags.catalogue]);

/** An active producer's public profile, or null. */
export function getProducer(slug: string, today: IsoDay = clockToday()): Promise<ProducerDetail | null> {
  return cachedProducer(slug, today);
}

async function readCommunes(): Promise<{ slug: string; name: string; nameEn: string | null }[]> {
  const communes = await dbRead().region.findMany({
    where: { producers: { some: { status: "ACTIVE" } } },
    orderBy: [{ producers: { _count: "desc" } }, { name: "asc" }],
    take: COMMUNE_CHOICES,
    select: { slug: true, name: true, nameEn: true },
  });
  return communes.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** The communes with the most active producers, for the directory's filter (a national list is too long for a menu). */
export const listCommunes = cachedRead("producers:communes", readCommunes, () => [CacheTags.producers]);

/** The producer directory for raw query parameters: invalid ones are dropped and named, not refused. */
export async function browseProducers(raw: Record<string, string | string[] | undefined>) {
  const { query, ignored } = parseLenient(ZProducerListQuery, raw);
  const [result, communes] = await Promise.all([listProducers(query), listCommunes()]);
  return { query, ignored, result, communes };
}
export type ProducerBrowse = Awaited<ReturnType<typeof browseProducers>>;

async function readUpcomingFairs(today: string) {
  const fairs = await dbRead().fair.findMany({
    where: { endsOn: { gte: dayToDate(today) } },
    orderBy: { startsOn: "asc" },
    take: 3,
    select: { slug: true, nameVi: true, nameEn: true, startsOn: true, endsOn: true, venue: true, province: true },
  });
  return fairs.map((fair) => ({ ...fair, startsOn: dateToDay(fair.startsOn), endsOn: dateToDay(fair.endsOn) }));
}

const cachedFairs = cachedRead("home:fairs", readUpcomingFairs, () => [CacheTags.fairs]);

/** The next fairs for the home page. */
export function listUpcomingFairs(today: IsoDay = clockToday()) {
  return cachedFairs(today);
}
