/**
 * Seeds the ILLUSTRATIVE demo district (Vị Xuyên) from ./demo-data into a migrated database.
 *
 * Idempotent: every row is found by a natural key (region code, subgroup code, producer and product
 * slug, (product, decision number) for certificates, batch code, fair slug, (fair, producer) for booth
 * requests, programme slug and (programme, metric) or (programme, subgroup), (producer, kind) for
 * commitments, (producer, day) for stall support, (name, day) for organisations founded or re-formed,
 * commune for OCOP teams, name for OCOP officers, (title, proposer) for ideas, user email) and updated in
 * place, so a second run leaves the same counts.
 * A batch's trace events, lab tests and certifications are replaced as a whole. Existing users keep
 * their password (it is hashed only when the user is created).
 *
 * Everything is written in one transaction under an advisory lock: a failed seed leaves nothing
 * behind, and two app instances seeding at once take turns. The pictures (./demo-illustrations) are
 * stored afterwards, for products and producers that have none.
 */
import { dayOf, dayToDate, now } from "../../lib/clock";
import { normalizeGtin14 } from "../../lib/gtin";
import { buildProducerSearchText, buildProductSearchText } from "../../lib/search-text";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS } from "../../lib/ocop-groups";
import type { Db } from "../../server/infra/prisma-client";
import { hashPassword } from "../../server/auth/password";
import {
  DEMO_ACCOUNTS,
  DEMO_BATCHES,
  DEMO_COMMITMENTS,
  DEMO_FAIRS,
  DEMO_IDEAS,
  DEMO_PRODUCERS,
  DEMO_PRODUCTS,
  DEMO_COMMUNE_TEAMS,
  DEMO_OCOP_STAFF,
  DEMO_ORGANISATION_CHANGES,
  DEMO_PROGRAMMES,
  DEMO_REGIONS,
  DEMO_STALL_SUPPORTS,
  DEMO_SUBGROUPS,
  certificateValidUntil,
  type DemoCertificate,
  type DemoRegion,
} from "./demo-data";
import { seedOrderSettings } from "./demo-orders";
import { seedCommunes, seedProvinces } from "./official-regions";
import { attachDemoIllustrations, demoSlugsWithoutPictures, discardIllustrations, encodeDemoIllustrations } from "./demo-illustrations";
import type { Storage } from "../../server/infra/uploads/storage";

/** The client inside an interactive transaction. */
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface SeedOptions {
  /** Reference "now" (default: the app clock, lib/clock.ts): relative timestamps (publication, ideas) and the certified count use it. */
  today?: Date;
  log?: (message: string) => void;
  /** Where the illustrations' files go (default: the app's storage, UPLOAD_DIR or S3). */
  storage?: Storage;
}

/** Row counts of the whole database after seeding. */
export interface SeedSummary {
  regions: number;
  subgroups: number;
  producers: number;
  products: number;
  certificates: number;
  batches: number;
  traceEvents: number;
  labTests: number;
  certifications: number;
  fairs: number;
  boothRequests: number;
  boothAssignments: number;
  programmes: number;
  programmeTargets: number;
  commitments: number;
  ideas: number;
  users: number;
  /** Published products of active producers with a valid 3★+ certificate on `today`. */
  certifiedProducts: number;
  elapsedMs: number;
}

const SEED_LOCK_KEY = 7_426_001;
const DAY_MS = 86_400_000;

/** A calendar date ("YYYY-MM-DD") as the UTC midnight Prisma stores in a @db.Date column. */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function optionalDay(iso: string | undefined): Date | null {
  return iso ? day(iso) : null;
}

function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [regions, products] = await Promise.all([db.region.count(), db.product.count()]);
  return regions === 0 && products === 0;
}

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const today = options.today ?? now();
  const log = options.log ?? (() => {});

  // Passwords are hashed outside the transaction, and only for accounts that do not exist yet.
  const accounts = Object.values(DEMO_ACCOUNTS);
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const newHashes = new Map<string, string>();
  for (const account of accounts) {
    if (!existing.has(account.email)) newHashes.set(account.email, await hashPassword(account.password));
  }

  // The pictures are drawn and encoded beside the transaction (CPU while the database works).
  const encoding = encodeDemoIllustrations(await demoSlugsWithoutPictures(db), options.storage);
  // Awaited below; a failed transaction must not leave an unhandled rejection behind.
  encoding.catch(() => {});

  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
        const regionIds = await seedRegions(tx);
        log(`regions: ${regionIds.size}, provinces for addresses: ${await seedProvinces(tx)}, official communes added: ${await seedCommunes(tx)}`);
        const subgroupIds = await seedSubgroups(tx);
        const producerIds = await seedProducers(tx, regionIds);
        log(`producers: ${producerIds.size}`);
        const userIds = await seedUsers(tx, { producerIds, regionIds }, newHashes);
        const officerId = userIds.get(DEMO_ACCOUNTS.officer.email)!;
        const productIds = await seedProducts(tx, { producerIds, subgroupIds, officerId, today });
        log(`products: ${productIds.size}`);
        await seedOrderSettings(tx);
        await seedBatches(tx, productIds);
        await seedFairs(tx, { producerIds, productIds, regionIds, officerId });
        await seedProgrammes(tx, regionIds, subgroupIds);
        await seedCommitments(tx, producerIds, officerId);
        await seedProgrammeRecords(tx, { regionIds, producerIds, officerId });
        await seedIdeas(tx, { regionIds, officerId, today });
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    const encoded = await encoding.catch(() => null);
    if (encoded) await discardIllustrations([...encoded.products.values(), ...encoded.producers.values()].flat(), options.storage);
    throw error;
  }
  log(`illustrations attached: ${await attachDemoIllustrations(db, await encoding, options.storage)}`);

  return summarise(db, today, started);
}

// ───────────────────────────── Sections ─────────────────────────────

async function seedRegions(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const region of DEMO_REGIONS) {
    const parentId = region.parentCode ? ids.get(region.parentCode) : null;
    if (parentId === undefined) throw new Error(`Region ${region.code}: parent ${region.parentCode} must come first`);
    const data = {
      slug: region.slug,
      name: region.name,
      nameEn: region.nameEn,
      level: region.level,
      parentId,
      validFrom: optionalDay(region.validFrom),
      validTo: optionalDay(region.validTo),
    };
    // Found by slug, which never changed: the current communes' codes did (illustrative until they
    // took their official ones), so a database seeded before is renumbered in place.
    const row = await tx.region.upsert({ where: { slug: region.slug }, create: { code: region.code, ...data }, update: { code: region.code, ...data }, select: { id: true } });
    ids.set(region.code, row.id);
  }
  // Pre-reform communes point at the commune they were merged into (which may come later in the list).
  for (const region of DEMO_REGIONS) {
    if (!region.mergedIntoCode) continue;
    const mergedIntoId = ids.get(region.mergedIntoCode);
    if (!mergedIntoId) throw new Error(`Region ${region.code}: unknown successor ${region.mergedIntoCode}`);
    await tx.region.update({ where: { code: region.code }, data: { mergedIntoId } });
  }
  return ids;
}

async function seedSubgroups(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, subgroup] of DEMO_SUBGROUPS.entries()) {
    const data = { group: subgroup.group, nameVi: subgroup.nameVi, nameEn: subgroup.nameEn, position };
    const row = await tx.subgroup.upsert({ where: { code: subgroup.code }, create: { code: subgroup.code, ...data }, update: data, select: { id: true } });
    ids.set(subgroup.code, row.id);
  }
  return ids;
}

/** Names of the region and of the areas/province above it, nearest first. */
function regionNames(code: string): { commune: string; areas: string[] } {
  const byCode = new Map<string, DemoRegion>(DEMO_REGIONS.map((r) => [r.code, r]));
  const region = byCode.get(code);
  if (!region) throw new Error(`Unknown region ${code}`);
  const areas: string[] = [];
  for (let parent = region.parentCode ? byCode.get(region.parentCode) : undefined; parent; parent = parent.parentCode ? byCode.get(parent.parentCode) : undefined) {
    areas.push(parent.name);
  }
  return { commune: region.name, areas };
}

async function seedProducers(tx: Tx, regionIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const producer of DEMO_PRODUCERS) {
    const regionId = regionIds.get(producer.regionCode);
    if (!regionId) throw new Error(`Producer ${producer.slug}: unknown region ${producer.regionCode}`);
    const names = regionNames(producer.regionCode);
    const legalForm = LEGAL_FORM_LABELS[producer.legalForm];
    const data = {
      name: producer.name,
      legalForm: producer.legalForm,
      status: "ACTIVE" as const,
      regionId,
      addressLine: producer.addressLine,
      certificateAddress: producer.certificateAddress ?? null,
      certificateRegionId: producer.certificateRegionCode ? regionIds.get(producer.certificateRegionCode)! : null,
      storyVi: producer.storyVi,
      storyEn: producer.storyEn ?? null,
      phone: producer.phone,
      email: producer.email ?? null,
      website: producer.website ?? null,
      representative: producer.representative,
      foundedYear: producer.foundedYear ?? null,
      registeredOn: day(producer.registeredOn),
      bankBin: producer.bankBin ?? null,
      bankAccount: producer.bankAccount ?? null,
      bankAccountName: producer.bankAccountName ?? null,
      suspendedReason: null,
      searchText: buildProducerSearchText({
        name: producer.name,
        communeName: names.commune,
        areaNames: names.areas,
        legalFormLabel: legalForm.vi,
        representative: producer.representative,
        keywords: [legalForm.en, ...(producer.keywords ?? [])],
      }),
    };
    const row = await tx.producer.upsert({ where: { slug: producer.slug }, create: { slug: producer.slug, ...data }, update: data, select: { id: true } });
    ids.set(producer.slug, row.id);
  }
  return ids;
}

async function seedUsers(
  tx: Tx,
  { producerIds, regionIds }: { producerIds: Map<string, string>; regionIds: Map<string, string> },
  newHashes: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    const data = {
      name: account.name,
      role: account.role,
      producerId: account.producerSlug ? producerIds.get(account.producerSlug)! : null,
      regionId: account.regionCode ? regionIds.get(account.regionCode)! : null,
      active: true,
    };
    const found = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (found) {
      await tx.user.update({ where: { id: found.id }, data });
      ids.set(account.email, found.id);
    } else {
      const passwordHash = newHashes.get(account.email) ?? (await hashPassword(account.password));
      const row = await tx.user.create({ data: { email: account.email, passwordHash, ...data }, select: { id: true } });
      ids.set(account.email, row.id);
    }
  }
  return ids;
}

async function seedProducts(
  tx: Tx,
  ctx: { producerIds: Map<string, string>; subgroupIds: Map<string, string>; officerId: string; today: Date },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const producersBySlug = new Map(DEMO_PRODUCERS.map((p) => [p.slug, p]));
  const subgroupsByCode = new Map(DEMO_SUBGROUPS.map((s) => [s.code, s]));

  for (const [index, product] of DEMO_PRODUCTS.entries()) {
    const producer = producersBySlug.get(product.producerSlug);
    const producerId = ctx.producerIds.get(product.producerSlug);
    const subgroupId = ctx.subgroupIds.get(product.subgroupCode);
    const subgroup = subgroupsByCode.get(product.subgroupCode);
    if (!producer || !producerId || !subgroupId || !subgroup) throw new Error(`Product ${product.slug}: unknown producer or subgroup`);
    const names = regionNames(producer.regionCode);
    const group = OCOP_GROUP_LABELS[product.group];

    // Timestamps of the review workflow, deterministic for a given `today`.
    const earliestDecision = product.certificates.map((c) => c.decisionDate).sort()[0];
    const published =
      product.status === "PUBLISHED"
        ? earliestDecision
          ? new Date(Math.min(day(earliestDecision).getTime() + 14 * DAY_MS, ctx.today.getTime()))
          : daysBefore(ctx.today, 30 + index)
        : null;
    const submittedAt = product.status === "PENDING_REVIEW" ? daysBefore(ctx.today, 2) : published ? daysBefore(published, 3) : null;

    const data = {
      producerId,
      status: product.status,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      descriptionVi: product.descriptionVi,
      descriptionEn: product.descriptionEn ?? null,
      group: product.group,
      subgroupId,
      priceVnd: product.priceVnd,
      unit: product.unit,
      unitEn: product.unitEn ?? null,
      stock: product.stock,
      gtin: product.gtin ? normalizeGtin14(product.gtin) : null,
      isTourism: product.isTourism ?? false,
      rejectionReason: null,
      submittedAt,
      publishedAt: published,
      reviewedAt: published,
      searchText: buildProductSearchText({
        nameVi: product.nameVi,
        nameEn: product.nameEn,
        producerName: producer.name,
        communeName: names.commune,
        groupLabels: [group.vi, group.en],
        subgroupName: subgroup.nameVi,
        keywords: [subgroup.nameEn, ...names.areas, ...(product.keywords ?? [])],
      }),
    };
    const row = await tx.product.upsert({ where: { slug: product.slug }, create: { slug: product.slug, ...data }, update: data, select: { id: true } });
    ids.set(product.slug, row.id);
    await seedCertificates(tx, { productId: row.id, producerId, producerName: producer.name, certificates: product.certificates, officerId: ctx.officerId });
  }
  return ids;
}

async function seedCertificates(
  tx: Tx,
  ctx: { productId: string; producerId: string; producerName: string; certificates: readonly DemoCertificate[]; officerId: string },
): Promise<void> {
  // A certificate that names its successor is written after the successor exists.
  const ids = new Map<string, string>();
  const pending = [...ctx.certificates];
  while (pending.length > 0) {
    const index = pending.findIndex((c) => !c.supersededByDecision || ids.has(c.supersededByDecision));
    if (index < 0) throw new Error(`Certificates of product ${ctx.productId}: a supersession refers to an unknown decision`);
    const [certificate] = pending.splice(index, 1);
    const data = {
      producerId: ctx.producerId,
      stars: certificate.stars,
      score: certificate.score,
      level: certificate.level,
      decisionDate: day(certificate.decisionDate),
      issuingBody: certificate.issuingBody,
      validUntil: day(certificateValidUntil(certificate.decisionDate)),
      status: certificate.status ?? "VALID",
      productNameOnDecision: certificate.productNameOnDecision,
      producerNameOnDecision: certificate.producerNameOnDecision ?? ctx.producerName,
      addressOnDecision: certificate.addressOnDecision ?? null,
      categoryOnDecision: certificate.categoryOnDecision ?? null,
      supersededById: certificate.supersededByDecision ? ids.get(certificate.supersededByDecision)! : null,
      revokedAt: optionalDay(certificate.revokedAt),
      revocationDecisionNumber: certificate.revocationDecisionNumber ?? null,
      revocationReason: certificate.revocationReason ?? null,
      recordedById: ctx.officerId,
    };
    const found = await tx.ocopCertificate.findFirst({
      where: { productId: ctx.productId, decisionNumber: certificate.decisionNumber },
      select: { id: true },
    });
    const row = found
      ? await tx.ocopCertificate.update({ where: { id: found.id }, data, select: { id: true } })
      : await tx.ocopCertificate.create({ data: { productId: ctx.productId, decisionNumber: certificate.decisionNumber, ...data }, select: { id: true } });
    ids.set(certificate.decisionNumber, row.id);
  }
}

async function seedBatches(tx: Tx, productIds: Map<string, string>): Promise<void> {
  for (const batch of DEMO_BATCHES) {
    const productId = productIds.get(batch.productSlug);
    if (!productId) throw new Error(`Batch ${batch.code}: unknown product ${batch.productSlug}`);
    const data = {
      productId,
      lotCode: batch.lotCode,
      productionDate: day(batch.productionDate),
      expiryDate: optionalDay(batch.expiryDate),
      quantity: batch.quantity,
      quantityUnit: batch.quantityUnit,
      growingArea: batch.growingArea ?? null,
      growingAreaCode: batch.growingAreaCode ?? null,
      rawMaterial: batch.rawMaterial ?? null,
      soldAt: batch.soldAt ?? null,
      isPublic: batch.isPublic,
    };
    const row = await tx.batch.upsert({ where: { code: batch.code }, create: { code: batch.code, ...data }, update: data, select: { id: true } });
    const batchId = row.id;
    await tx.traceEvent.deleteMany({ where: { batchId } });
    await tx.labTest.deleteMany({ where: { batchId } });
    await tx.certification.deleteMany({ where: { batchId } });
    if (batch.events.length > 0) {
      await tx.traceEvent.createMany({
        data: batch.events.map((e) => ({
          batchId,
          type: e.type,
          occurredOn: day(e.occurredOn),
          place: e.place,
          actor: e.actor,
          note: e.note ?? "",
          latitude: e.latitude ?? null,
          longitude: e.longitude ?? null,
        })),
      });
    }
    if (batch.labTests.length > 0) {
      await tx.labTest.createMany({
        data: batch.labTests.map((t) => ({
          batchId,
          indicator: t.indicator,
          value: t.value,
          unit: t.unit ?? "",
          limit: t.limit ?? "",
          lab: t.lab,
          testedOn: day(t.testedOn),
          passed: t.passed,
        })),
      });
    }
    if (batch.certifications.length > 0) {
      await tx.certification.createMany({
        data: batch.certifications.map((c) => ({
          batchId,
          kind: c.kind,
          number: c.number,
          issuer: c.issuer,
          validFrom: optionalDay(c.validFrom),
          validUntil: optionalDay(c.validUntil),
        })),
      });
    }
  }
}

async function seedFairs(
  tx: Tx,
  ctx: { producerIds: Map<string, string>; productIds: Map<string, string>; regionIds: Map<string, string>; officerId: string },
): Promise<void> {
  for (const fair of DEMO_FAIRS) {
    const data = {
      regionId: ctx.regionIds.get(fair.organiserRegionCode)!,
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      descriptionVi: fair.descriptionVi,
      descriptionEn: fair.descriptionEn ?? null,
      startsOn: day(fair.startsOn),
      endsOn: day(fair.endsOn),
      venue: fair.venue,
      province: fair.province,
      registrationDeadline: new Date(fair.registrationDeadline),
      registrationOpen: fair.registrationOpen,
      boothCapacity: fair.boothCapacity,
      boothSize: fair.boothSize ?? "3 m × 3 m",
      feeVnd: fair.feeVnd,
      subsidyPercent: fair.subsidyPercent,
      minStars: fair.minStars,
      maxBoothsPerProducer: fair.maxBoothsPerProducer,
      opensAt: fair.opensAt,
      closesAt: fair.closesAt,
      hoursNoteVi: fair.hoursNoteVi ?? "",
      hoursNoteEn: fair.hoursNoteEn ?? null,
      address: fair.address,
      directionsVi: fair.directionsVi,
      directionsEn: fair.directionsEn ?? null,
    };
    const { id: fairId } = await tx.fair.upsert({ where: { slug: fair.slug }, create: { slug: fair.slug, ...data }, update: data, select: { id: true } });

    for (const request of fair.requests) {
      const producerId = ctx.producerIds.get(request.producerSlug)!;
      const decided = request.status !== "PENDING" && request.status !== "WITHDRAWN";
      const createdAt = new Date(request.createdAt);
      const requestData = {
        boothCount: request.boothCount,
        needsPower: request.needsPower ?? false,
        needsRefrigeration: request.needsRefrigeration ?? false,
        note: request.note ?? "",
        status: request.status,
        decidedById: decided ? ctx.officerId : null,
        decidedAt: decided ? new Date(createdAt.getTime() + 2 * DAY_MS) : null,
        createdAt,
      };
      const found = await tx.boothRequest.findFirst({ where: { fairId, producerId }, select: { id: true } });
      const { id: requestId } = found
        ? await tx.boothRequest.update({ where: { id: found.id }, data: requestData, select: { id: true } })
        : await tx.boothRequest.create({ data: { fairId, producerId, ...requestData }, select: { id: true } });
      await tx.boothRequestProduct.deleteMany({ where: { requestId } });
      await tx.boothRequestProduct.createMany({ data: request.productSlugs.map((slug) => ({ requestId, productId: ctx.productIds.get(slug)! })) });
      for (const number of request.boothNumbers ?? []) {
        await tx.boothAssignment.upsert({
          where: { fairId_number: { fairId, number } },
          create: { fairId, number, requestId },
          update: { requestId },
        });
      }
    }
  }
}

async function seedProgrammes(tx: Tx, regionIds: Map<string, string>, subgroupIds: Map<string, string>): Promise<void> {
  for (const p of DEMO_PROGRAMMES) {
    const data = {
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      reference: p.reference,
      regionId: regionIds.get(p.regionCode) ?? null,
      startYear: p.startYear,
      endYear: p.endYear,
      isCurrent: p.isCurrent,
    };
    const { id: programmeId } = await tx.programme.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data, select: { id: true } });
    for (const [position, target] of p.targets.entries()) {
      const targetData = {
        labelVi: target.labelVi,
        labelEn: target.labelEn,
        baseline: target.baseline,
        goal: target.goal,
        goalMax: target.goalMax ?? null,
        unit: target.unit,
        position,
      };
      await tx.programmeTarget.upsert({
        where: { programmeId_metric: { programmeId, metric: target.metric } },
        create: { programmeId, metric: target.metric, ...targetData },
        update: targetData,
      });
    }
    for (const [code, count] of Object.entries(p.subgroupBaselines ?? {})) {
      const subgroupId = subgroupIds.get(code);
      if (!subgroupId) throw new Error(`Programme ${p.slug}: unknown subgroup ${code}`);
      await tx.programmeSubgroupBaseline.upsert({
        where: { programmeId_subgroupId: { programmeId, subgroupId } },
        create: { programmeId, subgroupId, count },
        update: { count },
      });
    }
  }
}

/** What officers record for the programme's targets: stall support, organisations, commune teams, officers. */
async function seedProgrammeRecords(tx: Tx, ctx: { regionIds: Map<string, string>; producerIds: Map<string, string>; officerId: string }): Promise<void> {
  const regionId = (code: string) => {
    const id = ctx.regionIds.get(code);
    if (!id) throw new Error(`Unknown region ${code}`);
    return id;
  };
  for (const s of DEMO_STALL_SUPPORTS) {
    const producerId = ctx.producerIds.get(s.producerSlug)!;
    const data = { place: s.place, description: s.description, amountVnd: s.amountVnd, reference: s.reference, recordedById: ctx.officerId };
    const found = await tx.stallSupport.findFirst({ where: { producerId, supportedOn: day(s.supportedOn) }, select: { id: true } });
    if (found) await tx.stallSupport.update({ where: { id: found.id }, data });
    else await tx.stallSupport.create({ data: { producerId, supportedOn: day(s.supportedOn), ...data } });
  }
  for (const o of DEMO_ORGANISATION_CHANGES) {
    const data = {
      kind: o.kind,
      legalForm: o.legalForm,
      regionId: regionId(o.regionCode),
      producerId: o.producerSlug ? ctx.producerIds.get(o.producerSlug)! : null,
      registrationNumber: o.registrationNumber,
      note: o.note,
      recordedById: ctx.officerId,
    };
    const found = await tx.organisationChange.findFirst({ where: { name: o.name, changedOn: day(o.changedOn) }, select: { id: true } });
    if (found) await tx.organisationChange.update({ where: { id: found.id }, data });
    else await tx.organisationChange.create({ data: { name: o.name, changedOn: day(o.changedOn), ...data } });
  }
  for (const t of DEMO_COMMUNE_TEAMS) {
    const data = { establishedOn: day(t.establishedOn), decisionNumber: t.decisionNumber, members: t.members, recordedById: ctx.officerId };
    await tx.communeOcopTeam.upsert({ where: { regionId: regionId(t.regionCode) }, create: { regionId: regionId(t.regionCode), ...data }, update: data });
  }
  for (const person of DEMO_OCOP_STAFF) {
    const data = {
      position: person.position,
      regionId: regionId(person.regionCode),
      servingFrom: optionalDay(person.servingFrom ?? undefined),
      servingUntil: optionalDay(person.servingUntil ?? undefined),
      trainedOn: optionalDay(person.trainedOn ?? undefined),
      training: person.training,
      recordedById: ctx.officerId,
    };
    const found = await tx.ocopStaff.findFirst({ where: { name: person.name }, select: { id: true } });
    if (found) await tx.ocopStaff.update({ where: { id: found.id }, data });
    else await tx.ocopStaff.create({ data: { name: person.name, ...data } });
  }
}

async function seedCommitments(tx: Tx, producerIds: Map<string, string>, officerId: string): Promise<void> {
  for (const c of DEMO_COMMITMENTS) {
    const producerId = producerIds.get(c.producerSlug)!;
    const data = { committedOn: day(c.committedOn), evidence: c.evidence, recordedById: officerId };
    await tx.producerCommitment.upsert({
      where: { producerId_kind: { producerId, kind: c.kind } },
      create: { producerId, kind: c.kind, ...data },
      update: data,
    });
  }
}

async function seedIdeas(tx: Tx, ctx: { regionIds: Map<string, string>; officerId: string; today: Date }): Promise<void> {
  for (const idea of DEMO_IDEAS) {
    const createdAt = daysBefore(ctx.today, idea.daysAgo);
    const reviewed = idea.status === "ACCEPTED" || idea.status === "DECLINED";
    const data = {
      proposerContact: idea.proposerContact,
      regionId: idea.regionCode ? ctx.regionIds.get(idea.regionCode)! : null,
      description: idea.description,
      group: idea.group,
      status: idea.status,
      reviewNote: idea.reviewNote ?? null,
      reviewedById: reviewed ? ctx.officerId : null,
      reviewedAt: reviewed ? new Date(createdAt.getTime() + 7 * DAY_MS) : null,
      createdAt,
    };
    const found = await tx.productIdea.findFirst({ where: { title: idea.title, proposerName: idea.proposerName }, select: { id: true } });
    if (found) await tx.productIdea.update({ where: { id: found.id }, data });
    else await tx.productIdea.create({ data: { title: idea.title, proposerName: idea.proposerName, ...data } });
  }
}

// ───────────────────────────── Summary ─────────────────────────────

async function summarise(db: Db, today: Date, started: number): Promise<SeedSummary> {
  const [
    regions,
    subgroups,
    producers,
    products,
    certificates,
    batches,
    traceEvents,
    labTests,
    certifications,
    fairs,
    boothRequests,
    boothAssignments,
    programmes,
    programmeTargets,
    commitments,
    ideas,
    users,
    certifiedProducts,
  ] = await Promise.all([
    db.region.count(),
    db.subgroup.count(),
    db.producer.count(),
    db.product.count(),
    db.ocopCertificate.count(),
    db.batch.count(),
    db.traceEvent.count(),
    db.labTest.count(),
    db.certification.count(),
    db.fair.count(),
    db.boothRequest.count(),
    db.boothAssignment.count(),
    db.programme.count(),
    db.programmeTarget.count(),
    db.producerCommitment.count(),
    db.productIdea.count(),
    db.user.count(),
    db.product.count({
      where: {
        status: "PUBLISHED",
        producer: { status: "ACTIVE" },
        certificates: { some: { status: "VALID", stars: { gte: 3 }, validUntil: { gte: dayValueOf(today) } } },
      },
    }),
  ]);
  return {
    regions,
    subgroups,
    producers,
    products,
    certificates,
    batches,
    traceEvents,
    labTests,
    certifications,
    fairs,
    boothRequests,
    boothAssignments,
    programmes,
    programmeTargets,
    commitments,
    ideas,
    users,
    certifiedProducts,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** The @db.Date value of the Vietnam day on which `instant` falls. */
function dayValueOf(instant: Date): Date {
  return dayToDate(dayOf(instant));
}
