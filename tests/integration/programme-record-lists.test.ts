import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { parseListQuery, type ListQuery, type ListSpec } from "@/lib/list-query";
import { db } from "@/server/infra/db";
import {
  exportCommuneTeams,
  exportOcopStaff,
  exportOrganisationChanges,
  exportStallSupports,
  getProgrammeContext,
  listCommuneTeams,
  listOcopStaff,
  listOrganisationChanges,
  listStallSupports,
  ORGANISATION_LIST,
  STAFF_LIST,
  STALL_LIST,
  TEAM_LIST,
} from "@/server/programme/queries";
import { createOfficerViewer, createProducer, createRegion, createProducerViewer, unique } from "../factories";

/*
 * The officers' programme record lists (stall support, organisations, commune teams, OCOP officers)
 * on lib/list-query: every sort key both ways, ties broken by a readable second key then the id, pages
 * that join without gaps, the CSV in the same order, and the officer's region kept.
 *
 * Each list gets the same cast: Cam, Mit, Oi and three twins "Tao" that tie on every column, so only
 * the id orders them. Names carry no diacritics, so their order does not hang on the database's
 * collation; Xa A (Mit, Oi) and Xa B (Cam, the twins) are two communes of one province.
 */

type Params = Record<string, string>;

/** Every case's ids in order; then the same order read two rows a page, and by the CSV reader. */
async function expectOrders<S extends string, F extends z.ZodRawShape>(
  spec: ListSpec<S, F>,
  ids: (query: ListQuery<S, F>) => Promise<string[]>,
  csv: (query: ListQuery<S, F>) => Promise<string[]>,
  cases: [Params, string[]][],
) {
  for (const [params, expected] of cases) {
    const query = parseListQuery(spec, params);
    expect(await ids(query), JSON.stringify(params)).toEqual(expected);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(expected.length / 2); page++) paged.push(...(await ids({ ...query, page, pageSize: 2 })));
    expect(paged, `paged ${JSON.stringify(params)}`).toEqual(expected);
    expect(await csv(query), `csv ${JSON.stringify(params)}`).toEqual(expected);
  }
  // A column the list cannot be sorted by (a hand-edited URL) reads as the default column.
  expect(await ids(parseListQuery(spec, { sort: "id; DROP TABLE regions", dir: "asc" }))).toEqual(await ids(parseListQuery(spec, { dir: "asc" })));
}

async function province() {
  const tag = unique("s");
  const region = await createRegion({ level: "PROVINCE", name: `Tinh ${tag}` });
  const a = await createRegion({ parentId: region.id, name: `Xa A ${tag}` });
  const b = await createRegion({ parentId: region.id, name: `Xa B ${tag}` });
  return { tag, region, a, b, scope: [region.id, a.id, b.id] };
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("the stall support list", () => {
  it("sorts by day (newest first by default), producer, commune and amount, each both ways, support in kind last", async () => {
    const { viewer } = await createOfficerViewer();
    const { tag, a, b, scope } = await province();
    const producer = (name: string, regionId: string) => createProducer({ name: `HTX ${name} ${tag}`, regionId, searchText: `htx ${name.toLowerCase()} ${tag}` });
    const support = async (producerId: string, on: string, amountVnd: number | null) => (await db.stallSupport.create({ data: { producerId, supportedOn: day(on), place: "Quầy", amountVnd } })).id;
    const cam = await support((await producer("Cam", b.id)).id, "2026-03-01", 5_000_000);
    const mit = await support((await producer("Mit", a.id)).id, "2026-05-01", null);
    const oi = await support((await producer("Oi", a.id)).id, "2026-01-15", 9_000_000);
    const tao = await producer("Tao", b.id);
    const tw = [await support(tao.id, "2026-03-01", 5_000_000), await support(tao.id, "2026-03-01", 5_000_000), await support(tao.id, "2026-03-01", 5_000_000)].sort();

    await expectOrders(
      STALL_LIST,
      async (query) => (await listStallSupports(viewer, scope, query)).rows.map((row) => row.id),
      async (query) => (await (await exportStallSupports(viewer, scope, query))(0, 1000)).map((row) => row.id),
      [
        // 1 March ties Cam and the twins: the producer's name, then the id.
        [{}, [mit, cam, ...tw, oi]],
        [{ sort: "date", dir: "asc" }, [oi, cam, ...tw, mit]],
        [{ sort: "producer", dir: "asc" }, [cam, mit, oi, ...tw]],
        [{ sort: "producer", dir: "desc" }, [...tw, oi, mit, cam]],
        [{ sort: "commune", dir: "asc" }, [mit, oi, cam, ...tw]],
        [{ sort: "commune", dir: "desc" }, [cam, ...tw, mit, oi]],
        [{ sort: "amount", dir: "asc" }, [cam, ...tw, oi, mit]],
        [{ sort: "amount", dir: "desc" }, [oi, cam, ...tw, mit]],
      ],
    );
    // Searched by the producer's name, accents or not.
    expect((await listStallSupports(viewer, scope, parseListQuery(STALL_LIST, { q: `MÍT ${tag}` }))).rows.map((row) => row.id)).toEqual([mit]);

    // A commune officer of Xa A, even handed the province or no scope at all, sees Xa A's rows only; the CSV too.
    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: a.id });
    for (const handed of [scope, null]) {
      const list = await listStallSupports(communeOfficer, handed, parseListQuery(STALL_LIST, { sort: "producer", dir: "asc" }));
      expect(list.rows.map((row) => row.id)).toEqual([mit, oi]);
      expect(list.total).toBe(2);
      expect((await (await exportStallSupports(communeOfficer, handed, parseListQuery(STALL_LIST, {})))(0, 1000)).map((row) => row.id)).toEqual([mit, oi]);
    }
  });
});

describe("the organisations list", () => {
  it("sorts by day (newest first by default), name and commune, each both ways, and finds a name typed without accents", async () => {
    const { viewer } = await createOfficerViewer();
    const { tag, a, b, scope } = await province();
    const organisation = async (name: string, regionId: string, on: string) =>
      (await db.organisationChange.create({ data: { kind: "FOUNDED", name: `HTX ${name} ${tag}`, legalForm: "COOPERATIVE", changedOn: day(on), regionId } })).id;
    const cam = await organisation("Cam", b.id, "2026-03-01");
    const mit = await organisation("Mit", a.id, "2026-05-01");
    const oi = await organisation("Oi", a.id, "2026-01-15");
    const tw = [await organisation("Tao", b.id, "2026-03-01"), await organisation("Tao", b.id, "2026-03-01"), await organisation("Tao", b.id, "2026-03-01")].sort();

    await expectOrders(
      ORGANISATION_LIST,
      async (query) => (await listOrganisationChanges(viewer, scope, query)).rows.map((row) => row.id),
      async (query) => (await (await exportOrganisationChanges(viewer, scope, query))(0, 1000)).map((row) => row.id),
      [
        [{}, [mit, cam, ...tw, oi]],
        [{ sort: "date", dir: "asc" }, [oi, cam, ...tw, mit]],
        // By name the id follows the name's direction: Z→A is A→Z read backwards, twins too.
        [{ sort: "name", dir: "asc" }, [cam, mit, oi, ...tw]],
        [{ sort: "name", dir: "desc" }, [...[...tw].reverse(), oi, mit, cam]],
        [{ sort: "commune", dir: "asc" }, [mit, oi, cam, ...tw]],
        [{ sort: "commune", dir: "desc" }, [cam, ...tw, mit, oi]],
      ],
    );
    const dongTam = await organisation("Đồng Tâm", a.id, "2026-02-01");
    expect((await listOrganisationChanges(viewer, scope, parseListQuery(ORGANISATION_LIST, { q: `dong tam ${tag}` }))).rows.map((row) => row.id)).toEqual([dongTam]);

    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: b.id });
    for (const handed of [scope, null]) {
      expect((await listOrganisationChanges(communeOfficer, handed, parseListQuery(ORGANISATION_LIST, { sort: "name", dir: "asc" }))).rows.map((row) => row.id)).toEqual([cam, ...tw]);
    }
  });
});

describe("the OCOP officers list", () => {
  it("sorts by place of work (the default), name, start and training day, each both ways, those without a day last", async () => {
    const { viewer } = await createOfficerViewer();
    const { tag, a, b, scope } = await province();
    const staff = async (name: string, regionId: string, from: string, trained: string | null) =>
      (
        await db.ocopStaff.create({
          data: { name: `${name} ${tag}`, regionId, servingFrom: day(from), trainedOn: trained ? day(trained) : null, training: trained ? "Tập huấn OCOP" : "" },
        })
      ).id;
    const cam = await staff("Cam", b.id, "2026-03-01", "2026-06-01");
    const mit = await staff("Mit", a.id, "2026-05-01", null);
    const oi = await staff("Oi", a.id, "2026-01-15", "2026-07-01");
    const tw = [await staff("Tao", b.id, "2026-03-01", "2026-06-01"), await staff("Tao", b.id, "2026-03-01", "2026-06-01"), await staff("Tao", b.id, "2026-03-01", "2026-06-01")].sort();

    await expectOrders(
      STAFF_LIST,
      async (query) => (await listOcopStaff(viewer, scope, query)).rows.map((row) => row.id),
      async (query) => (await (await exportOcopStaff(viewer, scope, query))(0, 1000)).map((row) => row.id),
      [
        [{}, [mit, oi, cam, ...tw]],
        [{ sort: "region", dir: "desc" }, [cam, ...tw, mit, oi]],
        [{ sort: "name", dir: "asc" }, [cam, mit, oi, ...tw]],
        [{ sort: "name", dir: "desc" }, [...[...tw].reverse(), oi, mit, cam]],
        [{ sort: "servingFrom", dir: "asc" }, [oi, cam, ...tw, mit]],
        [{ sort: "servingFrom", dir: "desc" }, [mit, cam, ...tw, oi]],
        // Mit was never trained: last both ways.
        [{ sort: "trained", dir: "asc" }, [cam, ...tw, oi, mit]],
        [{ sort: "trained", dir: "desc" }, [oi, cam, ...tw, mit]],
      ],
    );
    const thu = await staff("Hà Văn Thử", a.id, "2026-02-01", null);
    expect((await listOcopStaff(viewer, scope, parseListQuery(STAFF_LIST, { q: `ha van thu ${tag}` }))).rows.map((row) => row.id)).toEqual([thu]);

    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: a.id });
    for (const handed of [scope, null]) {
      expect((await listOcopStaff(communeOfficer, handed, parseListQuery(STAFF_LIST, { sort: "name" }))).rows.map((row) => row.id)).toEqual([thu, mit, oi]);
    }
  });
});

describe("the commune teams list", () => {
  it("sorts the programme's communes by name or by the day their team was set up (none last), each both ways", async () => {
    const { viewer } = await createOfficerViewer();
    const tag = unique("t");
    const region = await createRegion({ level: "PROVINCE", name: `Tinh ${tag}` });
    const programme = await db.programme.create({ data: { slug: unique("teams"), nameVi: "Chương trình", regionId: region.id, startYear: 2026, endYear: 2030 } });
    const commune = async (name: string, established: string | null) => {
      const c = await createRegion({ parentId: region.id, name: `Xa ${name} ${tag}` });
      if (established) await db.communeOcopTeam.create({ data: { regionId: c.id, establishedOn: day(established) } });
      return c.id;
    };
    const cam = await commune("Cam", "2026-03-01");
    const mit = await commune("Mit", null);
    const oi = await commune("Oi", "2026-01-15");
    const tw = [await commune("Tao", "2026-03-01"), await commune("Tao", "2026-03-01"), await commune("Tao", "2026-03-01")].sort();
    const context = (await getProgrammeContext(viewer, programme.slug))!;
    expect(context.programme.slug).toBe(programme.slug);

    await expectOrders(
      TEAM_LIST,
      async (query) => (await listCommuneTeams(viewer, context, query)).rows.map((row) => row.regionId),
      async (query) => (await (await exportCommuneTeams(viewer, context, query))(0, 1000)).map((row) => row.regionId),
      [
        [{}, [cam, mit, oi, ...tw]],
        [{ sort: "commune", dir: "desc" }, [...[...tw].reverse(), oi, mit, cam]],
        [{ sort: "established", dir: "asc" }, [oi, cam, ...tw, mit]],
        [{ sort: "established", dir: "desc" }, [cam, ...tw, oi, mit]],
      ],
    );
    const list = await listCommuneTeams(viewer, context, parseListQuery(TEAM_LIST, { q: `XÃ OI ${tag}` }));
    expect(list.rows.map((row) => [row.regionId, row.team?.establishedOn])).toEqual([[oi, "2026-01-15"]]);

    // A commune officer handed the province's list sees their own commune only.
    const { viewer: communeOfficer } = await createOfficerViewer({ regionId: oi });
    expect((await listCommuneTeams(communeOfficer, context, parseListQuery(TEAM_LIST, {}))).rows.map((row) => row.regionId)).toEqual([oi]);
  });
});

describe("who may read the record lists", () => {
  it("refuses anonymous visitors and producers", async () => {
    const { viewer: producer } = await createProducerViewer();
    for (const who of [null, producer]) {
      await expect(listStallSupports(who, null, parseListQuery(STALL_LIST, {}))).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
      await expect(exportOrganisationChanges(who, null, parseListQuery(ORGANISATION_LIST, {}))).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
      await expect(listOcopStaff(who, null, parseListQuery(STAFF_LIST, {}))).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
  });
});
