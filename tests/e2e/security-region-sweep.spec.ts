import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_STATE_FILE } from "../../playwright.config";
import { cookieFrom, postPageForm, rawRequest, type RawResponse } from "../support/http-client";
import { COMMUNE_OFFICER, OFFICER } from "./support/auth";
import { addFairWithRequests } from "./support/fixture-proofs";
import { addToCart, checkOut } from "./support/shop";

/*
 * Issue 14, "officers scoped to their region", swept in one place: the officer of Thanh Thủy commune,
 * over HTTP as a script would, asks every officer page and export that names a record for the records
 * of Việt Lâm, another commune of the demo, and is answered as if they did not exist; searches every
 * list and CSV for them by exact name and finds nothing; posts the bulk confirmation forms with their
 * ids and changes nothing. The district officer (whose area holds both communes) asks the same foreign
 * paths and gets the records, and the commune officer gets its own commune's records, so the sweep
 * cannot pass because a path or an id is wrong.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };
const ADMIN_DIR = path.join(process.cwd(), "app/[locale]/admin");

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function one<T extends pg.QueryResultRow>(what: string, sql: string, values: unknown[] = []): Promise<T> {
  const [row] = await query<T>(sql, values);
  if (!row) throw new Error(`the demo has no ${what}`);
  return row;
}

/** One side of the sweep: a commune's records, each with the text that shows it on a page. */
interface Side {
  producer: { id: string; name: string };
  product: { id: string; name: string };
  certificate: { id: string };
  order: { code: string; subOrderId: string };
  account: { id: string; name: string };
  idea: { id: string; title: string };
  stall: { id: string; description: string };
  staff: { id: string; name: string };
  organisation: { id: string; name: string };
  team: { regionId: string; decisionNumber: string };
}

async function sideOf(communeCode: string, producerName: string, orderCode: string, organisationName: string): Promise<Side> {
  const { regionId } = await one<{ regionId: string }>(`commune ${communeCode}`, `SELECT id AS "regionId" FROM regions WHERE code = $1`, [communeCode]);
  const producer = await one<Side["producer"]>(producerName, `SELECT id, name FROM producers WHERE name = $1 AND "regionId" = $2`, [producerName, regionId]);
  const product = await one<Side["product"]>(
    `certified product of ${producerName}`,
    `SELECT p.id, p."nameVi" AS name FROM products p WHERE p."producerId" = $1 AND EXISTS (SELECT 1 FROM ocop_certificates c WHERE c."productId" = p.id) ORDER BY p.id LIMIT 1`,
    [producer.id],
  );
  const certificate = await one<Side["certificate"]>(`certificate of ${product.name}`, `SELECT id FROM ocop_certificates WHERE "productId" = $1 ORDER BY id LIMIT 1`, [product.id]);
  const order = await one<Side["order"]>(
    `order ${orderCode}`,
    `SELECT o.code, s.id AS "subOrderId" FROM orders o JOIN sub_orders s ON s."orderId" = o.id WHERE o.code = $1 AND s."producerId" = $2`,
    [orderCode, producer.id],
  );
  const account = await one<Side["account"]>(
    `account in ${communeCode}`,
    `SELECT u.id, u.name FROM users u LEFT JOIN producers p ON p.id = u."producerId" WHERE (p."regionId" = $1 OR u."regionId" = $1) AND u.email LIKE '%@ocop.local' ORDER BY u.email LIMIT 1`,
    [regionId],
  );
  const idea = await one<Side["idea"]>(`idea in ${communeCode}`, `SELECT id, title FROM product_ideas WHERE "regionId" = $1 ORDER BY id LIMIT 1`, [regionId]);
  const stall = await one<Side["stall"]>(`stall support of ${producerName}`, `SELECT id, description FROM stall_supports WHERE "producerId" = $1 ORDER BY id LIMIT 1`, [producer.id]);
  const staff = await one<Side["staff"]>(`OCOP staff in ${communeCode}`, `SELECT id, name FROM ocop_staff WHERE "regionId" = $1 ORDER BY id LIMIT 1`, [regionId]);
  const team = await one<Side["team"]>(`commune team of ${communeCode}`, `SELECT "regionId", "decisionNumber" FROM commune_ocop_teams WHERE "regionId" = $1`, [regionId]);
  const organisation = await one<Side["organisation"]>(`organisation change ${organisationName}`, `SELECT id, name FROM organisation_changes WHERE name = $1`, [organisationName]);
  return { producer, product, certificate, order, account, idea, stall, staff, team, organisation };
}

async function sessionOf(base: string, account: { email: string; password: string }, from: string): Promise<string> {
  const answer = await postPageForm(base, "/login", { ...account, locale: "vi" }, { from });
  const token = cookieFrom(answer.setCookies, "next-auth.session-token");
  if (!token) throw new Error(`${account.email} did not sign in (${answer.status})`);
  return `next-auth.session-token=${token}`;
}

/** Every officer route under app/[locale]/admin, as a path pattern ("/admin/producers/[id]"). */
function adminRoutes(dir = ADMIN_DIR): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return adminRoutes(full);
    if (entry !== "page.tsx" && entry !== "route.ts") return [];
    return ["/admin" + path.relative(ADMIN_DIR, dir).split(path.sep).filter((part) => part && !part.startsWith("_") && !part.startsWith("(")).map((part) => `/${part}`).join("")];
  });
}

/**
 * How the sweep asks each route. `detail`: a page or export of one record — the foreign path is 404.
 * `confirm`: a bulk confirmation with the foreign ids — answered, but naming none of them and offering
 * no form that carries them. `list`: a list, export or form page searched for the foreign records by
 * exact name — answered, and none of them in it. `own` paths are the commune officer's own records,
 * answered 200 with `ownText`; `foreign` paths answer the district officer 200 with `foreignText`.
 */
interface Case {
  kind: "detail" | "confirm" | "list";
  foreign: string[];
  foreignText?: string;
  own?: string;
  ownText?: string;
  /** Ids the confirm page must not carry in its form. */
  foreignIds?: string[];
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

function cases(f: Side, o: Side, fair: { id: string; name: string; requestId: string }): Record<string, Case> {
  const list = (paths: string[], own?: string, ownText?: string): Case => ({ kind: "list", foreign: paths, own, ownText });
  return {
    "/admin": list(["/admin"]),
    "/admin/review": list(["/admin/review"]),
    "/admin/producers": list([`/admin/producers?${q(f.producer.name)}`], `/admin/producers?${q(o.producer.name)}`, o.producer.id),
    "/admin/producers/export": list([`/admin/producers/export?${q(f.producer.name)}`], `/admin/producers/export?${q(o.producer.name)}`, o.producer.name),
    "/admin/producers/new": list(["/admin/producers/new"]),
    "/admin/producers/[id]": { kind: "detail", foreign: [`/admin/producers/${f.producer.id}`], foreignText: f.producer.name, own: `/admin/producers/${o.producer.id}`, ownText: o.producer.name },
    "/admin/producers/confirm": {
      kind: "confirm", foreign: [`/admin/producers/confirm?action=suspend&ids=${f.producer.id}`], foreignText: f.producer.name, foreignIds: [f.producer.id],
      own: `/admin/producers/confirm?action=suspend&ids=${o.producer.id}`, ownText: o.producer.name,
    },
    "/admin/products": list(
      [`/admin/products?${q(f.product.name)}`, `/admin/products?producer=${f.producer.id}`],
      `/admin/products?${q(o.product.name)}`, o.product.id,
    ),
    "/admin/products/export": list([`/admin/products/export?${q(f.product.name)}`, `/admin/products/export?producer=${f.producer.id}`], `/admin/products/export?${q(o.product.name)}`, o.product.name),
    "/admin/products/confirm": {
      kind: "confirm", foreign: [`/admin/products/confirm?action=reject&ids=${f.product.id}`], foreignText: f.product.name, foreignIds: [f.product.id],
      own: `/admin/products/confirm?action=reject&ids=${o.product.id}`, ownText: o.product.name,
    },
    "/admin/certificates": list([`/admin/certificates?${q(f.product.name)}`], `/admin/certificates?${q(o.product.name)}`, o.product.id),
    "/admin/certificates/export": list([`/admin/certificates/export?${q(f.product.name)}`], `/admin/certificates/export?${q(o.product.name)}`, o.product.name),
    "/admin/certificates/new": list([`/admin/certificates/new?${q(f.product.name)}`], `/admin/certificates/new?${q(o.product.name)}`, o.product.id),
    "/admin/certificates/[productId]": { kind: "detail", foreign: [`/admin/certificates/${f.product.id}`], foreignText: f.product.name, own: `/admin/certificates/${o.product.id}`, ownText: o.product.name },
    "/admin/certificates/confirm": {
      kind: "confirm", foreign: [`/admin/certificates/confirm?ids=${f.certificate.id}`], foreignText: f.product.name, foreignIds: [f.certificate.id],
      own: `/admin/certificates/confirm?ids=${o.certificate.id}`, ownText: o.product.name,
    },
    "/admin/orders": list([`/admin/orders?${q(f.order.code)}`, `/admin/orders?${q(f.producer.name)}`], "/admin/orders", o.order.code),
    "/admin/orders/export": list([`/admin/orders/export?${q(f.order.code)}`], `/admin/orders/export?${q(o.order.code)}`, o.order.code),
    "/admin/orders/[code]": { kind: "detail", foreign: [`/admin/orders/${f.order.code}`], foreignText: f.order.code, own: `/admin/orders/${o.order.code}`, ownText: o.order.code },
    "/admin/orders/confirm": {
      kind: "confirm", foreign: [`/admin/orders/confirm?ids=${f.order.subOrderId}`], foreignText: f.order.code, foreignIds: [f.order.subOrderId],
      own: `/admin/orders/confirm?ids=${o.order.subOrderId}`, ownText: o.order.code,
    },
    "/admin/accounts": list([`/admin/accounts?${q(f.account.name)}`], `/admin/accounts?${q(o.account.name)}`, o.account.id),
    "/admin/accounts/export": list([`/admin/accounts/export?${q(f.account.name)}`], `/admin/accounts/export?${q(o.account.name)}`, o.account.name),
    "/admin/accounts/new": list([`/admin/accounts/new?producer=${f.producer.id}`], `/admin/accounts/new?producer=${o.producer.id}`, o.producer.name),
    "/admin/accounts/confirm": {
      kind: "confirm", foreign: [`/admin/accounts/confirm?action=disable&ids=${f.account.id}`], foreignText: f.account.name, foreignIds: [f.account.id],
      own: `/admin/accounts/confirm?action=disable&ids=${o.account.id}`, ownText: o.account.name,
    },
    "/admin/ideas": list([`/admin/ideas?${q(f.idea.title)}`], `/admin/ideas?${q(o.idea.title)}`, o.idea.id),
    "/admin/ideas/export": list([`/admin/ideas/export?${q(f.idea.title)}`], `/admin/ideas/export?${q(o.idea.title)}`, o.idea.title),
    "/admin/ideas/confirm": {
      kind: "confirm", foreign: [`/admin/ideas/confirm?action=ACCEPTED&ids=${f.idea.id}`], foreignText: f.idea.title, foreignIds: [f.idea.id],
      own: `/admin/ideas/confirm?action=ACCEPTED&ids=${o.idea.id}`, ownText: o.idea.title,
    },
    "/admin/audit": list([`/admin/audit?${q(f.producer.name)}`, "/admin/audit"]),
    "/admin/audit/export": list([`/admin/audit/export?${q(f.producer.name)}`, "/admin/audit/export"]),
    "/admin/fairs": list([`/admin/fairs?${q(fair.name)}`, "/admin/fairs"]),
    "/admin/fairs/new": list(["/admin/fairs/new"]),
    "/admin/fairs/[id]": { kind: "detail", foreign: [`/admin/fairs/${fair.id}`, `/admin/fairs/${fair.id}?${q(f.producer.name)}`], foreignText: fair.name },
    "/admin/fairs/[id]/exhibitors": { kind: "detail", foreign: [`/admin/fairs/${fair.id}/exhibitors`], foreignText: fair.name },
    "/admin/fairs/[id]/exhibitors/export": { kind: "detail", foreign: [`/admin/fairs/${fair.id}/exhibitors/export`] },
    "/admin/fairs/[id]/requests/export": { kind: "detail", foreign: [`/admin/fairs/${fair.id}/requests/export`], foreignText: f.producer.name },
    // The whole confirmation belongs to the fair, so a fair outside the region is not found at all.
    "/admin/fairs/[id]/requests/confirm": { kind: "detail", foreign: [`/admin/fairs/${fair.id}/requests/confirm?action=approve&ids=${fair.requestId}`], foreignText: f.producer.name },
    "/admin/programme": list(["/admin/programme"]),
    "/admin/programme/commitments": list([`/admin/programme/commitments?${q(f.producer.name)}`], `/admin/programme/commitments?${q(o.producer.name)}`, o.producer.id),
    "/admin/programme/commitments/export": list([`/admin/programme/commitments/export?${q(f.producer.name)}`], `/admin/programme/commitments/export?${q(o.producer.name)}`, o.producer.name),
    "/admin/programme/commitments/[producerId]": {
      kind: "detail", foreign: [`/admin/programme/commitments/${f.producer.id}`], foreignText: f.producer.name, own: `/admin/programme/commitments/${o.producer.id}`, ownText: o.producer.name,
    },
    "/admin/programme/commitments/confirm": {
      kind: "confirm", foreign: [`/admin/programme/commitments/confirm?kind=FOOD_SAFETY&ids=${f.producer.id}`], foreignText: f.producer.name, foreignIds: [f.producer.id],
      own: `/admin/programme/commitments/confirm?kind=FOOD_SAFETY&ids=${o.producer.id}`, ownText: o.producer.name,
    },
    "/admin/programme/organisations": list([`/admin/programme/organisations?${q(f.organisation.name)}`, "/admin/programme/organisations"], `/admin/programme/organisations?${q(o.organisation.name)}`, o.organisation.id),
    "/admin/programme/organisations/export": list([`/admin/programme/organisations/export?${q(f.organisation.name)}`, "/admin/programme/organisations/export"], "/admin/programme/organisations/export", o.organisation.name),
    "/admin/programme/organisations/new": list([`/admin/programme/organisations/new?producer=${f.producer.id}`], `/admin/programme/organisations/new?producer=${o.producer.id}`, o.producer.name),
    "/admin/programme/organisations/[id]": {
      kind: "detail", foreign: [`/admin/programme/organisations/${f.organisation.id}`], foreignText: f.organisation.name, own: `/admin/programme/organisations/${o.organisation.id}`, ownText: o.organisation.name,
    },
    "/admin/programme/staff": list([`/admin/programme/staff?${q(f.staff.name)}`, "/admin/programme/staff"], `/admin/programme/staff?${q(o.staff.name)}`, o.staff.id),
    "/admin/programme/staff/export": list([`/admin/programme/staff/export?${q(f.staff.name)}`, "/admin/programme/staff/export"], "/admin/programme/staff/export", o.staff.name),
    "/admin/programme/staff/new": list(["/admin/programme/staff/new"]),
    "/admin/programme/staff/[id]": { kind: "detail", foreign: [`/admin/programme/staff/${f.staff.id}`], foreignText: f.staff.name, own: `/admin/programme/staff/${o.staff.id}`, ownText: o.staff.name },
    "/admin/programme/stalls": list([`/admin/programme/stalls?${q(f.producer.name)}`, "/admin/programme/stalls"], "/admin/programme/stalls", o.producer.name),
    "/admin/programme/stalls/export": list([`/admin/programme/stalls/export?${q(f.producer.name)}`, "/admin/programme/stalls/export"], "/admin/programme/stalls/export", o.producer.name),
    "/admin/programme/stalls/new": list([`/admin/programme/stalls/new?producer=${f.producer.id}`], `/admin/programme/stalls/new?producer=${o.producer.id}`, o.producer.name),
    "/admin/programme/stalls/[id]": {
      kind: "detail", foreign: [`/admin/programme/stalls/${f.stall.id}`], foreignText: f.stall.description, own: `/admin/programme/stalls/${o.stall.id}`, ownText: o.stall.description,
    },
    "/admin/programme/teams": list(["/admin/programme/teams"], "/admin/programme/teams", o.team.decisionNumber),
    "/admin/programme/teams/export": list(["/admin/programme/teams/export"], "/admin/programme/teams/export", o.team.decisionNumber),
    "/admin/programme/teams/[regionId]": {
      kind: "detail", foreign: [`/admin/programme/teams/${f.team.regionId}`], foreignText: f.team.decisionNumber, own: `/admin/programme/teams/${o.team.regionId}`, ownText: o.team.decisionNumber,
    },
  };
}

/**
 * What shows a foreign record — its names and its ids (rows link to and tick records by id): none of it
 * may reach the commune officer. A page echoes what was searched for (the search box, the page's data),
 * so what was asked for is left out on pages, and the record's other names and ids stand for it; a CSV echoes
 * nothing, so everything counts there.
 */
function foreignSecrets(f: Side, theFair: typeof fair, target: string): string[] {
  const texts = [f.producer.name, f.product.name, f.order.code, f.account.name, f.idea.title, f.stall.description, f.staff.name, f.organisation.name, f.team.decisionNumber, theFair.name];
  const ids = [f.producer.id, f.product.id, f.certificate.id, f.order.subOrderId, f.account.id, f.idea.id, f.stall.id, f.staff.id, f.organisation.id, theFair.id, theFair.requestId];
  const asked = decodeURIComponent(target.split("?")[1] ?? "");
  const echoes = !target.split("?")[0].endsWith("/export");
  return [...texts, ...ids].filter((secret) => !(echoes && asked.includes(secret)));
}

/** Pages render names as text; React escapes only the five HTML characters, none of them in the names. */
const holds = (body: string, text: string) => body.includes(text);

let foreign: Side;
let own: Side;
let fair: { id: string; name: string; requestId: string };
let communeOfficer: string;
let districtOfficer: string;

test.describe.configure({ mode: "serial" });

/** Places an order of one unit of `slug` at the checkout, as a buyer would; its code. */
async function orderOf(base: string, slug: string, paymentMethod: "COD" | "VIETQR", from: string): Promise<string> {
  const { code, answer } = await checkOut(base, await addToCart(base, slug, 1, { from }), { paymentMethod }, from);
  if (!code) throw new Error(`no order of ${slug} (${answer.status})`);
  return code;
}

test.beforeAll(async ({ baseURL }) => {
  const base = baseURL!;
  // The demo has no orders: one of Việt Lâm's brooms paid by transfer (so the district officer's
  // "transfers received" form applies to it), one of Thanh Thủy's tea paid on delivery.
  const foreignOrder = await orderOf(base, "choi-chit-viet-lam", "VIETQR", "127.0.19.5");
  const ownOrder = await orderOf(base, "che-shan-tuyet-thanh-thuy", "COD", "127.0.19.6");
  // Việt Lâm has no organisation change in the demo: Linh Hồ's, another commune's, stands in for it.
  foreign = await sideOf("00967", "Hợp tác xã Chổi chít Việt Lâm", foreignOrder, "Hợp tác xã Nông nghiệp Linh Hồ");
  own = await sideOf("00928", "Hợp tác xã Chè Thanh Thủy", ownOrder, "Hợp tác xã Homestay Nặm Ngặt");
  // A fair of the district with Việt Lâm's request in it: the district officer's, not the commune's.
  const name = `Hội chợ kiểm thử phạm vi ${Date.now()}`;
  const added = await addFairWithRequests(state.databaseUrl, name, 20, [foreign.producer.id]);
  fair = { id: added.fairId, name, requestId: added.requestIds[0] };
  communeOfficer = await sessionOf(base, COMMUNE_OFFICER, "127.0.19.1");
  districtOfficer = await sessionOf(base, OFFICER, "127.0.19.2");
});

const get = (base: string, target: string, cookie: string): Promise<RawResponse> => rawRequest(base, target, { headers: { cookie }, from: "127.0.19.3" });

test("a commune officer gets none of another commune's records from any officer page or export, searched by name or asked by id", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const table = cases(foreign, own, fair);
  // Built from the files: a new officer route fails here until the sweep says how to ask it.
  for (const route of adminRoutes()) expect(table[route], `no case for route ${route}`).toBeDefined();

  for (const [route, c] of Object.entries(table)) {
    for (const target of c.foreign) {
      const answer = await get(base, target, communeOfficer);
      const what = `${route}: ${target}`;
      expect(answer.status, what).not.toBe(500);
      if (c.kind === "detail") expect(answer.status, what).toBe(404);
      else expect(answer.status, what).toBe(200);
      for (const secret of foreignSecrets(foreign, fair, target)) expect(holds(answer.body, secret), `${what} shows "${secret}"`).toBe(false);
      for (const id of c.foreignIds ?? []) expect(answer.body, `${what} offers a form for ${id}`).not.toContain(`value="${id}"`);

      // The same path names a real record: the district officer, whose area holds Việt Lâm, gets it.
      if (c.foreignText) {
        const control = await get(base, target, districtOfficer);
        expect(control.status, `district officer: ${what}`).toBe(200);
        expect(holds(control.body, c.foreignText), `district officer: ${what} shows "${c.foreignText}"`).toBe(true);
      }
    }
    if (c.own) {
      const answer = await get(base, c.own, communeOfficer);
      expect(answer.status, `own: ${route}: ${c.own}`).toBe(200);
      expect(holds(answer.body, c.ownText!), `own: ${route}: ${c.own} shows "${c.ownText}"`).toBe(true);
    }
  }
});

const SWEEP_PRODUCER = "e2e-sweep-producer";

/** Each foreign record a bulk action could change, as stored. */
async function snapshot(pendingProductId: string): Promise<unknown[]> {
  const row = (table: string, id: string) => query(`SELECT row_to_json(t) AS row FROM ${table} t WHERE id = $1`, [id]).then((rows) => rows[0]);
  return Promise.all([
    row("producers", foreign.producer.id),
    row("products", foreign.product.id),
    row("products", pendingProductId),
    row("ocop_certificates", foreign.certificate.id),
    row("sub_orders", foreign.order.subOrderId),
    row("users", foreign.account.id),
    row("product_ideas", foreign.idea.id),
    row("booth_requests", fair.requestId),
    query(`SELECT row_to_json(c) AS row FROM producer_commitments c WHERE "producerId" IN ($1, $2) ORDER BY id`, [foreign.producer.id, SWEEP_PRODUCER]),
    query(`SELECT count(*)::int AS n FROM booth_assignments WHERE "requestId" = $1`, [fair.requestId]),
  ]);
}

/**
 * A cooperative of the test's own in Việt Lâm with a listing waiting for review (the demo's listings are
 * all published, and a review applies only to one that waits) and no commitments yet, so the district
 * officer may act on them for real without changing any demo producer.
 */
async function addSweepProducer(): Promise<string> {
  const productId = `e2e-sweep-${Date.now()}`;
  await query(
    `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "updatedAt")
     VALUES ($1, 'e2e-htx-kiem-thu-pham-vi', 'HTX Kiểm thử phạm vi', 'COOPERATIVE', 'ACTIVE', (SELECT id FROM regions WHERE code = '00967'), now()) ON CONFLICT DO NOTHING`,
    [SWEEP_PRODUCER],
  );
  await query(
    `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "submittedAt", "updatedAt")
     VALUES ($1, $1, $2, 'PENDING_REVIEW', 'Sản phẩm kiểm thử phạm vi', 'FOOD', 45000, 'gói', 10, now(), now())`,
    [productId, SWEEP_PRODUCER],
  );
  await query(`DELETE FROM producer_commitments WHERE "producerId" = $1 AND kind = 'FOOD_SAFETY'`, [SWEEP_PRODUCER]);
  return productId;
}

test("a commune officer posting the bulk confirmation forms with another commune's ids changes nothing; the district officer's same post does", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const pendingProductId = await addSweepProducer();
  const before = await snapshot(pendingProductId);
  /*
   * The forms as the district officer's confirmation pages carry them for Việt Lâm's records (a Server
   * Action's id is the same for every officer), replayed by the commune officer's script with its own
   * session. `control`: the record is the test's own, so the district officer then posts the same form
   * and it does change — the forged post was a working one, refused for its scope alone.
   */
  const forged: { page: string; fields: Record<string, string>; control?: () => Promise<unknown> }[] = [
    { page: `/admin/producers/confirm?action=suspend&ids=${foreign.producer.id}`, fields: { reason: "Đình chỉ giả mạo" } },
    {
      page: `/admin/products/confirm?action=reject&ids=${pendingProductId}`, fields: { reason: "Từ chối giả mạo" },
      control: async () => (await query<{ status: string }>(`SELECT status FROM products WHERE id = $1`, [pendingProductId]))[0].status,
    },
    { page: `/admin/certificates/confirm?ids=${foreign.certificate.id}`, fields: { decisionNumber: "999/QĐ-GIẢ", revokedOn: "2025-01-02", reason: "Thu hồi giả mạo" } },
    { page: `/admin/orders/confirm?ids=${foreign.order.subOrderId}`, fields: {} },
    { page: `/admin/accounts/confirm?action=disable&ids=${foreign.account.id}`, fields: {} },
    { page: `/admin/ideas/confirm?action=ACCEPTED&ids=${foreign.idea.id}`, fields: { reason: "Chấp nhận giả mạo" } },
    {
      page: `/admin/programme/commitments/confirm?kind=FOOD_SAFETY&ids=${SWEEP_PRODUCER}`, fields: { committedOn: "2025-01-02", evidence: "Cam kết giả mạo" },
      control: async () => (await query(`SELECT kind FROM producer_commitments WHERE "producerId" = $1`, [SWEEP_PRODUCER])).length,
    },
    {
      page: `/admin/fairs/${fair.id}/requests/confirm?action=approve&ids=${fair.requestId}`, fields: {},
      control: async () => (await query<{ status: string }>(`SELECT status FROM booth_requests WHERE id = $1`, [fair.requestId]))[0].status,
    },
  ];
  for (const { page, fields } of forged) {
    const markup = (await get(base, page, districtOfficer)).body;
    expect(markup, `the district officer's confirmation ${page} has a form`).toMatch(/<input type="hidden" name="ids"/);
    const answer = await postPageForm(base, page, fields, { cookie: communeOfficer, markup, from: "127.0.19.4", formWith: 'name="ids"' });
    // Refused, or done to none of them: back to the list saying nothing changed, the form again, or not found.
    expect([200, 303, 404], page).toContain(answer.status);
    if (answer.status === 303) expect(String(answer.headers.location), page).toMatch(/[?&]count=0(&|$)/);
    expect(await snapshot(pendingProductId), `after the commune officer's post of ${page}`).toEqual(before);
  }
  for (const { page, fields, control } of forged.filter((f) => f.control)) {
    const unchanged = await control!();
    const markup = (await get(base, page, districtOfficer)).body;
    const answer = await postPageForm(base, page, fields, { cookie: districtOfficer, markup, from: "127.0.19.4", formWith: 'name="ids"' });
    expect(String(answer.headers.location), page).toMatch(/[?&]count=1(&|$)/);
    expect(await control!(), `the district officer's post of ${page} changes it`).not.toEqual(unchanged);
  }
});

test("a commune officer replaying the forms of another commune's record pages on its own record's page changes nothing", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const row = (table: string, id: string, key = "id") => query(`SELECT row_to_json(t) AS row FROM ${table} t WHERE "${key}" = $1`, [id]).then((rows) => rows[0]);
  const records = () =>
    Promise.all([
      row("producers", foreign.producer.id),
      row("ocop_staff", foreign.staff.id),
      row("stall_supports", foreign.stall.id),
      row("organisation_changes", foreign.organisation.id),
      row("commune_ocop_teams", foreign.team.regionId, "regionId"),
      query(`SELECT row_to_json(c) AS row FROM ocop_certificates c WHERE "productId" = $1 ORDER BY id`, [foreign.product.id]),
      query(`SELECT row_to_json(c) AS row FROM producer_commitments c WHERE "producerId" = $1 ORDER BY id`, [foreign.producer.id]),
      query(`SELECT row_to_json(s) AS row FROM sub_orders s WHERE id = $1`, [foreign.order.subOrderId]),
    ]);
  const before = await records();
  /*
   * Each record page as the district officer gets it for Việt Lâm's record; every Server Action form on
   * it that names the record, posted as filled in by the commune officer to the same page for its own
   * record (so the page's actions are the ones the server expects there). Saving the same values would
   * still touch the record's updatedAt, so any form that went through shows in the rows.
   */
  const pages: [string, string, string][] = [
    [`/admin/producers/${foreign.producer.id}`, `/admin/producers/${own.producer.id}`, foreign.producer.id],
    [`/admin/certificates/${foreign.product.id}`, `/admin/certificates/${own.product.id}`, foreign.product.id],
    [`/admin/orders/${foreign.order.code}`, `/admin/orders/${own.order.code}`, foreign.order.subOrderId],
    [`/admin/programme/commitments/${foreign.producer.id}`, `/admin/programme/commitments/${own.producer.id}`, foreign.producer.id],
    [`/admin/programme/staff/${foreign.staff.id}`, `/admin/programme/staff/${own.staff.id}`, foreign.staff.id],
    [`/admin/programme/stalls/${foreign.stall.id}`, `/admin/programme/stalls/${own.stall.id}`, foreign.stall.id],
    [`/admin/programme/organisations/${foreign.organisation.id}`, `/admin/programme/organisations/${own.organisation.id}`, foreign.organisation.id],
    [`/admin/programme/teams/${foreign.team.regionId}`, `/admin/programme/teams/${own.team.regionId}`, foreign.team.regionId],
  ];
  for (const [theirs, mine, id] of pages) {
    const markup = (await get(base, theirs, districtOfficer)).body;
    const forms = [...markup.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((match) => match[0]).filter((form) => form.includes('name="$ACTION') && form.includes(`value="${id}"`));
    expect(forms.length, `forms naming the record on ${theirs}`).toBeGreaterThan(0);
    for (const form of forms) {
      const answer = await postPageForm(base, mine, {}, { cookie: communeOfficer, markup: form, allFields: true, from: "127.0.19.4" });
      // Refused as "not found" (a one-button form), or the form again with its error: never a 500.
      expect([200, 303, 404], `${theirs} posted on ${mine}`).toContain(answer.status);
      expect(await records(), `after ${theirs}'s form posted on ${mine}`).toEqual(before);
    }
  }
});
