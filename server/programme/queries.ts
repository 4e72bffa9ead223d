import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  badgesByProduct,
  COMMITMENT_KINDS,
  isProgrammeMetric,
  periodBounds,
  tally,
  targetProgress,
  upgradedProducts,
  wholePercent,
  type ProgrammeMetric,
} from "@/lib/programme-figures";
import { dateToDay, dayOf, dayToDate, now as clockNow, yearOf } from "@/lib/clock";
import { daysUntilExpiry } from "@/lib/ocop-stars";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";

/*
 * Every figure here is computed from the data at read time; nothing is typed in. Two kinds:
 * - state as of today: products with a valid 3★+ certificate (and tourism products), producers with all
 *   five commitments, certificates expiring within 90 days;
 * - events during the programme's period (startYear..endYear): upgrades, producers registered,
 *   producers with booths approved at fairs held in the period.
 * A product counts while its certificate is valid, its producer is ACTIVE and it is not ARCHIVED: an
 * OCOP product is recognised by its certificate, whether or not it is listed for sale on the site.
 */

export const EXPIRY_WINDOW_DAYS = 90;

export interface CountRow {
  key: string;
  count: number;
}

export interface CommuneCountRow {
  key: string;
  name: string;
  nameEn: string | null;
  count: number;
}

export interface TargetFigure {
  id: string;
  metric: string;
  labelVi: string;
  labelEn: string;
  baseline: number;
  goal: number;
  goalMax: number | null;
  unit: string;
  /** Null when the metric key is not one the site computes. */
  now: number | null;
  percent: number;
  reached: boolean;
}

export interface ProgrammeFigures {
  asOf: string;
  programme: {
    slug: string;
    nameVi: string;
    nameEn: string | null;
    reference: string | null;
    startYear: number;
    endYear: number;
    regionName: string | null;
  } | null;
  targets: TargetFigure[];
  certified: {
    total: number;
    byStars: CountRow[];
    byGroup: CountRow[];
    byCommune: CommuneCountRow[];
    byYear: CountRow[];
  };
  tourismProducts: number;
  upgrades3To4: number;
  upgrades4To5: number;
  newOrganisations: { total: number; byLegalForm: CountRow[] };
  showroomsSupported: number;
  commitments: { complete: number; producers: number; percent: number };
  expiringSoon: number;
  ideasByCommune: CommuneCountRow[];
}

const ACTIVE_PRODUCT: Prisma.ProductWhereInput = { status: { not: "ARCHIVED" }, producer: { status: "ACTIVE" } };

async function currentProgramme() {
  return db.programme.findFirst({
    orderBy: [{ isCurrent: "desc" }, { endYear: "desc" }, { createdAt: "desc" }],
    include: { region: { select: { name: true } }, targets: { orderBy: [{ position: "asc" }, { metric: "asc" }] } },
  });
}

/** Certificates of products that may count (active producer, not archived). */
async function countableCertificates() {
  return db.ocopCertificate.findMany({
    where: { product: ACTIVE_PRODUCT },
    select: {
      productId: true,
      stars: true,
      status: true,
      decisionDate: true,
      validUntil: true,
      product: { select: { group: true, isTourism: true, producer: { select: { region: { select: { slug: true, name: true, nameEn: true } } } } } },
    },
  });
}

function communeRows(rows: { slug: string; name: string; nameEn: string | null }[]): CommuneCountRow[] {
  const byKey = new Map<string, CommuneCountRow>();
  for (const row of rows) {
    const found = byKey.get(row.slug);
    if (found) found.count += 1;
    else byKey.set(row.slug, { key: row.slug, name: row.name, nameEn: row.nameEn, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"));
}

/** All live figures of the current programme on `today`. Public data: no viewer needed. */
export async function computeProgrammeFigures(today: Date = clockNow()): Promise<ProgrammeFigures> {
  // Vietnam's calendar day of `today`, as the @db.Date value certificate days compare with.
  const asOf = dayOf(today);
  const day = dayToDate(asOf);
  const programme = await currentProgramme();
  const { start, end } = programme ? periodBounds(programme.startYear, programme.endYear) : periodBounds(yearOf(asOf), yearOf(asOf));

  const [certs, allCertHistory, registered, showrooms, committedProducers, activeProducers, ideas] = await Promise.all([
    countableCertificates(),
    db.ocopCertificate.findMany({ select: { productId: true, stars: true, decisionDate: true } }),
    db.producer.findMany({ where: { registeredOn: { gte: start, lte: end } }, select: { legalForm: true } }),
    db.boothRequest.findMany({
      where: { status: "APPROVED", fair: { startsOn: { gte: start, lte: end } } },
      distinct: ["producerId"],
      select: { producerId: true },
    }),
    db.producerCommitment.groupBy({
      by: ["producerId"],
      where: { kind: { in: [...COMMITMENT_KINDS] }, producer: { status: "ACTIVE" } },
      _count: { kind: true },
    }),
    db.producer.count({ where: { status: "ACTIVE" } }),
    db.productIdea.findMany({ select: { region: { select: { slug: true, name: true, nameEn: true } } } }),
  ]);

  const badges = [...badgesByProduct(certs, day).values()];
  const expiringSoon = certs.filter((cert) => {
    if (cert.status !== "VALID" || cert.stars < 3) return false;
    const days = daysUntilExpiry(cert.validUntil, day);
    return days >= 0 && days <= EXPIRY_WINDOW_DAYS;
  }).length;

  const certified = {
    total: badges.length,
    byStars: [3, 4, 5].map((stars) => ({ key: String(stars), count: badges.filter((b) => b.stars === stars).length })),
    byGroup: tally(badges.map((b) => b.product.group)),
    byCommune: communeRows(badges.map((b) => b.product.producer.region)),
    byYear: tally(badges.map((b) => String(yearOf(dateToDay(b.decisionDate))))).sort((a, b) => a.key.localeCompare(b.key)),
  };
  const tourismProducts = badges.filter((b) => b.product.group === "TOURISM" || b.product.isTourism).length;
  const upgrades3To4 = upgradedProducts(allCertHistory, 3, 4, start, end).length;
  const upgrades4To5 = upgradedProducts(allCertHistory, 4, 5, start, end).length;
  const complete = committedProducers.filter((row) => row._count.kind === COMMITMENT_KINDS.length).length;
  const commitments = { complete, producers: activeProducers, percent: wholePercent(complete, activeProducers) };
  const newOrganisations = { total: registered.length, byLegalForm: tally(registered.map((p) => p.legalForm)) };

  const nowByMetric: Record<ProgrammeMetric, number> = {
    products_3star_plus: certified.total,
    tourism_products: tourismProducts,
    upgrades_3_to_4: upgrades3To4,
    upgrades_4_to_5: upgrades4To5,
    new_economic_organisations: newOrganisations.total,
    showrooms_supported: showrooms.length,
    producers_all_commitments: commitments.percent,
  };

  const targets: TargetFigure[] = (programme?.targets ?? []).map((target) => {
    const now = isProgrammeMetric(target.metric) ? nowByMetric[target.metric] : null;
    const progress = now === null ? { percent: 0, reached: false } : targetProgress(target.baseline, now, target.goal);
    return {
      id: target.id,
      metric: target.metric,
      labelVi: target.labelVi,
      labelEn: target.labelEn,
      baseline: target.baseline,
      goal: target.goal,
      goalMax: target.goalMax,
      unit: target.unit,
      now,
      ...progress,
    };
  });

  return {
    asOf,
    programme: programme && {
      slug: programme.slug,
      nameVi: programme.nameVi,
      nameEn: programme.nameEn,
      reference: programme.reference,
      startYear: programme.startYear,
      endYear: programme.endYear,
      regionName: programme.region?.name ?? null,
    },
    targets,
    certified,
    tourismProducts,
    upgrades3To4,
    upgrades4To5,
    newOrganisations,
    showroomsSupported: showrooms.length,
    commitments,
    expiringSoon,
    ideasByCommune: communeRows(ideas.flatMap((idea) => (idea.region ? [idea.region] : []))),
  };
}

// ───────────────────────────── The lists behind the numbers ─────────────────────────────

/** What a list page can show: each target metric plus the certificates expiring soon. */
export const LIST_KINDS = [
  "products_3star_plus",
  "tourism_products",
  "upgrades_3_to_4",
  "upgrades_4_to_5",
  "certificates_expiring",
  "new_economic_organisations",
  "showrooms_supported",
  "producers_all_commitments",
] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export function isListKind(value: string): value is ListKind {
  return (LIST_KINDS as readonly string[]).includes(value);
}

export interface ListFilters {
  stars?: number;
  group?: string;
  commune?: string;
  year?: number;
  legalForm?: string;
}

export interface ProductListRow {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  /** Listed publicly (published, active producer): the row may link to the product page. */
  listed: boolean;
  producerName: string;
  communeName: string;
  stars: number;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
}

export interface ProducerListRow {
  slug: string;
  name: string;
  legalForm: string;
  communeName: string;
  registeredOn: string;
}

export type MetricList = { kind: "products"; rows: ProductListRow[] } | { kind: "producers"; rows: ProducerListRow[] };

const iso = dateToDay;

const PRODUCT_SELECT = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  status: true,
  group: true,
  isTourism: true,
  producer: { select: { name: true, status: true, region: { select: { slug: true, name: true } } } },
  certificates: {
    select: { productId: true, stars: true, status: true, decisionDate: true, validUntil: true, decisionNumber: true },
    orderBy: { decisionDate: "asc" },
  },
} satisfies Prisma.ProductSelect;

/** The products or producers a figure counts, optionally narrowed the way the charts slice them. */
export async function listMetricEntries(kind: ListKind, filters: ListFilters = {}, today: Date = clockNow()): Promise<MetricList> {
  const asOf = dayOf(today);
  const day = dayToDate(asOf);
  const programme = await currentProgramme();
  const { start, end } = programme ? periodBounds(programme.startYear, programme.endYear) : periodBounds(yearOf(asOf), yearOf(asOf));

  if (kind === "new_economic_organisations" || kind === "showrooms_supported" || kind === "producers_all_commitments") {
    const where: Prisma.ProducerWhereInput =
      kind === "new_economic_organisations"
        ? { registeredOn: { gte: start, lte: end }, ...(filters.legalForm ? { legalForm: filters.legalForm as Prisma.EnumLegalFormFilter["equals"] } : {}) }
        : kind === "showrooms_supported"
          ? { boothRequests: { some: { status: "APPROVED", fair: { startsOn: { gte: start, lte: end } } } } }
          : { status: "ACTIVE", AND: COMMITMENT_KINDS.map((k) => ({ commitments: { some: { kind: k } } })) };
    const producers = await db.producer.findMany({
      where: filters.commune ? { ...where, region: { slug: filters.commune } } : where,
      select: { slug: true, name: true, legalForm: true, registeredOn: true, region: { select: { name: true } } },
      orderBy: { name: "asc" },
    });
    return {
      kind: "producers",
      rows: producers.map((p) => ({ slug: p.slug, name: p.name, legalForm: p.legalForm, communeName: p.region.name, registeredOn: iso(p.registeredOn) })),
    };
  }

  const history = kind === "upgrades_3_to_4" || kind === "upgrades_4_to_5";
  const products = await db.product.findMany({
    where: {
      ...(history ? {} : ACTIVE_PRODUCT),
      ...(filters.group ? { group: filters.group as Prisma.EnumOcopGroupFilter["equals"] } : {}),
      ...(filters.commune ? { producer: { ...(history ? {} : { status: "ACTIVE" as const }), region: { slug: filters.commune } } } : {}),
      certificates: { some: {} },
    },
    select: PRODUCT_SELECT,
    orderBy: { nameVi: "asc" },
  });

  const rows: ProductListRow[] = [];
  for (const product of products) {
    let shown: (typeof product.certificates)[number] | null = null;
    if (history) {
      const [from, to] = kind === "upgrades_3_to_4" ? [3, 4] : [4, 5];
      if (upgradedProducts(product.certificates, from, to, start, end).length > 0) {
        shown = product.certificates.find((c) => c.stars === to) ?? null;
      }
    } else if (kind === "certificates_expiring") {
      shown =
        product.certificates.find((c) => {
          const days = daysUntilExpiry(c.validUntil, day);
          return c.status === "VALID" && c.stars >= 3 && days >= 0 && days <= EXPIRY_WINDOW_DAYS;
        }) ?? null;
    } else {
      shown = badgesByProduct(product.certificates, day).get(product.id) ?? null;
      if (shown && kind === "tourism_products" && product.group !== "TOURISM" && !product.isTourism) shown = null;
    }
    if (!shown) continue;
    if (filters.stars !== undefined && shown.stars !== filters.stars) continue;
    if (filters.year !== undefined && yearOf(dateToDay(shown.decisionDate)) !== filters.year) continue;
    rows.push({
      slug: product.slug,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      listed: product.status === "PUBLISHED" && product.producer.status === "ACTIVE",
      producerName: product.producer.name,
      communeName: product.producer.region.name,
      stars: shown.stars,
      decisionNumber: shown.decisionNumber,
      decisionDate: iso(shown.decisionDate),
      validUntil: iso(shown.validUntil),
    });
  }
  return { kind: "products", rows };
}

// ───────────────────────────── Back office ─────────────────────────────

/** The current programme with its targets, for officers to edit. */
export async function getProgrammeForEditing(viewer: Viewer | null) {
  authorize(viewer, "programme.manage");
  const programme = await currentProgramme();
  if (!programme) return null;
  return {
    id: programme.id,
    slug: programme.slug,
    nameVi: programme.nameVi,
    nameEn: programme.nameEn ?? "",
    reference: programme.reference ?? "",
    startYear: programme.startYear,
    endYear: programme.endYear,
    targets: programme.targets.map((t) => ({
      id: t.id,
      metric: t.metric,
      labelVi: t.labelVi,
      labelEn: t.labelEn,
      baseline: t.baseline,
      goal: t.goal,
      goalMax: t.goalMax,
      unit: t.unit,
    })),
  };
}

export interface CommitmentChecklistRow {
  producerId: string;
  name: string;
  status: string;
  communeName: string;
  commitments: { kind: string; committedOn: string; evidence: string }[];
}

/** Every producer with the commitments recorded so far, for the officers' checklist. */
export async function listCommitmentChecklist(viewer: Viewer | null): Promise<CommitmentChecklistRow[]> {
  authorize(viewer, "programme.manage");
  const producers = await db.producer.findMany({
    select: {
      id: true,
      name: true,
      status: true,
      region: { select: { name: true } },
      commitments: { select: { kind: true, committedOn: true, evidence: true } },
    },
    orderBy: { name: "asc" },
  });
  return producers.map((p) => ({
    producerId: p.id,
    name: p.name,
    status: p.status,
    communeName: p.region.name,
    commitments: p.commitments.map((c) => ({ kind: c.kind, committedOn: iso(c.committedOn), evidence: c.evidence })),
  }));
}

/** One producer's checklist, or NOT_FOUND. */
export async function getProducerCommitments(viewer: Viewer | null, producerId: string): Promise<CommitmentChecklistRow | null> {
  authorize(viewer, "programme.manage");
  const p = await db.producer.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      name: true,
      status: true,
      region: { select: { name: true } },
      commitments: { select: { kind: true, committedOn: true, evidence: true } },
    },
  });
  if (!p) return null;
  return {
    producerId: p.id,
    name: p.name,
    status: p.status,
    communeName: p.region.name,
    commitments: p.commitments.map((c) => ({ kind: c.kind, committedOn: iso(c.committedOn), evidence: c.evidence })),
  };
}
