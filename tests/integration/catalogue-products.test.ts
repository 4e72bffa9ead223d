import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProducerRoute } from "@/app/api/v1/producers/[slug]/route";
import { GET as getProducersRoute } from "@/app/api/v1/producers/route";
import { GET as getProductRoute } from "@/app/api/v1/products/[slug]/route";
import { GET as getProductsRoute, OPTIONS } from "@/app/api/v1/products/route";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { addDays, dayToDate, pinClock, today, type IsoDay } from "@/lib/clock";
import { buildOpenApiDocument } from "@/server/infra/openapi/openapi-document";
import { ZProducerDetail, ZProducerList, ZProductDetail, ZProductList } from "@/server/products/api-schemas";
import { getProduct, listProducts } from "@/server/products/queries";
import { sitemapFile } from "@/server/products/sitemap";
import { parseStrict, ZProductListQuery } from "@/server/products/query-schemas";
import { db } from "@/server/infra/db";
import { getProducer, listProducers } from "@/server/producers/queries";
import { revokeCertificate } from "@/server/certificates/mutations";
import { badgeMismatches } from "../support/badge-check";
import { createCertificate, createOfficerViewer, createProducer, createProduct } from "../factories";

// The run's clock is pinned (tests/support/clock.ts): `today()` is Vietnam's day at that moment.
const daysAgo = (days: number) => dayToDate(addDays(today(), -days));
const call = (handler: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>, slug: string) =>
  handler(new Request(`http://test/api/v1/x/${slug}`), { params: Promise.resolve({ slug }) });

beforeAll(async () => {
  await seedDemo(db);
});

describe("badge rules", () => {
  it("shows the highest valid certificate and ignores expired, revoked and superseded ones", async () => {
    const product = await createProduct();
    const valid = await createCertificate(product, { stars: 4, score: 80, decisionDate: daysAgo(100) });
    await createCertificate(product, { stars: 5, score: 95, decisionDate: daysAgo(1200), validUntil: daysAgo(3) });
    await createCertificate(product, { stars: 5, score: 95, decisionDate: daysAgo(50), status: "REVOKED" });
    await createCertificate(product, { stars: 5, score: 95, decisionDate: daysAgo(30), status: "SUPERSEDED" });
    const detail = await getProduct(product.slug);
    expect(detail?.badge).toMatchObject({ stars: 4, decisionNumber: valid.decisionNumber, issuingBody: valid.issuingBody, state: "VALID" });
    expect(detail?.stars).toBe(4);
    expect(detail?.certificates.map((cert) => cert.state).sort()).toEqual(["EXPIRED", "REVOKED", "SUPERSEDED", "VALID"]);
    expect(detail?.fiveStarPotential).toBe(false);
  });

  it("shows no badge when every certificate is expired, and the star filter leaves the product out", async () => {
    const product = await createProduct();
    await createCertificate(product, { stars: 5, decisionDate: daysAgo(1500), validUntil: daysAgo(1) });
    const detail = await getProduct(product.slug);
    expect(detail?.badge).toBeNull();
    const filtered = await listProducts(parseStrict(ZProductListQuery, { producer: (await db.producer.findUniqueOrThrow({ where: { id: product.producerId } })).slug, stars: "3" }));
    expect(filtered.total).toBe(0);
  });

  it("counts a certificate valid through its last day", async () => {
    const product = await createProduct();
    await createCertificate(product, { stars: 3, decisionDate: daysAgo(1000), validUntil: daysAgo(0) });
    expect((await getProduct(product.slug))?.badge?.stars).toBe(3);
  });

  it("drops the badge at midnight in Vietnam, not at 07:00 when the UTC date turns", async () => {
    // 00:30 on 11 January in Vietnam is still 10 January in UTC: a certificate valid until 10 January has expired.
    pinClock("2027-01-11T00:30:00+07:00");
    try {
      const product = await createProduct();
      await createCertificate(product, { stars: 3, decisionDate: dayToDate("2024-01-10"), validUntil: dayToDate("2027-01-10") });
      const producer = await db.producer.findUniqueOrThrow({ where: { id: product.producerId } });
      expect((await getProduct(product.slug))?.badge).toBeNull();
      expect((await listProducts(parseStrict(ZProductListQuery, { producer: producer.slug }))).items[0]?.stars).toBeNull();
      expect((await getProduct(product.slug, "2027-01-10"))?.badge?.stars).toBe(3);
    } finally {
      pinClock(null);
    }
  });

  it("labels a 90+ score below 5★ as 5★ potential, and never shows 1–2★ as a badge", async () => {
    const potential = await createProduct();
    await createCertificate(potential, { stars: 4, score: 92 });
    expect((await getProduct(potential.slug))?.fiveStarPotential).toBe(true);
    const low = await createProduct();
    await createCertificate(low, { stars: 2, score: 40 });
    expect((await getProduct(low.slug))?.badge).toBeNull();
  });
});

describe("badge in lists (stored on the product, read against the day)", () => {
  const inDays = (days: number) => addDays(today(), days);

  it("follows certificates that are recorded, expire and are revoked", async () => {
    const product = await createProduct();
    const producer = await db.producer.findUniqueOrThrow({ where: { id: product.producerId } });
    const listed = async (on: IsoDay, stars?: string) => {
      const page = await listProducts(parseStrict(ZProductListQuery, { producer: producer.slug, ...(stars ? { stars } : {}) }), on);
      return { total: page.total, stars: page.items[0]?.stars };
    };
    expect(await listed(today())).toEqual({ total: 1, stars: null });

    const three = await createCertificate(product, { stars: 3, decisionDate: daysAgo(10), validUntil: dayToDate(inDays(100)) });
    const four = await createCertificate(product, { stars: 4, decisionDate: daysAgo(5), validUntil: dayToDate(inDays(10)) });
    expect(await listed(today())).toEqual({ total: 1, stars: 4 });
    expect(await listed(today(), "4")).toEqual({ total: 1, stars: 4 });
    // The 4★ expires first: the 3★ still shows, and the 4★ filter drops the product.
    expect(await listed(inDays(11))).toEqual({ total: 1, stars: 3 });
    expect(await listed(inDays(11), "4")).toEqual({ total: 0, stars: undefined });
    expect(await listed(inDays(11), "3")).toEqual({ total: 1, stars: 3 });
    // Every certificate expired: no badge, and the star filter leaves it out.
    expect(await listed(inDays(101))).toEqual({ total: 1, stars: null });
    expect(await listed(inDays(101), "3")).toEqual({ total: 0, stars: undefined });

    const { viewer } = await createOfficerViewer();
    await revokeCertificate(viewer, four.id, { decisionNumber: "12/QĐ-UBND", reason: "Vi phạm cam kết", revokedOn: today() });
    expect(await listed(today())).toEqual({ total: 1, stars: 3 });
    await db.ocopCertificate.update({ where: { id: three.id }, data: { status: "SUPERSEDED" } });
    expect(await listed(today())).toEqual({ total: 1, stars: null });
    await db.$executeRaw`UPDATE ocop_certificates SET status = 'VALID' WHERE id = ${three.id}`;
    expect(await listed(today())).toEqual({ total: 1, stars: 3 });
    await db.$executeRaw`DELETE FROM ocop_certificates WHERE "productId" = ${product.id}`;
    expect(await listed(today())).toEqual({ total: 1, stars: null });
  });

  it("agrees with the certificates for every product, today and on later days", async () => {
    const days = [0, 30, 365, 800, 1200].map((n) => inDays(n));
    expect(await badgeMismatches(days)).toEqual([]);
    const [{ badged }] = await db.$queryRaw<{ badged: number }[]>`SELECT count(*)::int AS badged FROM products WHERE "badgeStars" IS NOT NULL`;
    expect(badged).toBeGreaterThan(10);
  });
});

describe("visibility and 404s", () => {
  it("hides unpublished products and products of suspended producers", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const suspended = await createProducer({ status: "SUSPENDED" });
    const hidden = await createProduct({ producerId: suspended.id });
    expect(await getProduct(draft.slug)).toBeNull();
    expect(await getProduct(hidden.slug)).toBeNull();
    expect(await getProduct("khong-co")).toBeNull();
    expect(await getProducer(suspended.slug)).toBeNull();
    const paths = (await sitemapFile(0)).map((entry) => entry.path);
    expect(paths).not.toContain(`/products/${draft.slug}`);
    expect(paths).not.toContain(`/producers/${suspended.slug}`);
    expect((await listProducers({ page: 1, pageSize: 100 })).items.map((p) => p.slug)).not.toContain(suspended.slug);
  });

  it("answers 404 with a JSON body for unknown or unpublished slugs", async () => {
    const draft = await createProduct({ status: "PENDING_REVIEW" });
    for (const slug of ["khong-co", draft.slug]) {
      const response = await call(getProductRoute, slug);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "NOT_FOUND" });
    }
    expect((await call(getProducerRoute, "khong-co")).status).toBe(404);
  });

  it("a producer profile lists its public products and the certificates of those only", async () => {
    const producer = await getProducer("htx-choi-chit-viet-lam");
    expect(producer?.products.map((p) => p.slug)).toEqual(["choi-chit-viet-lam"]);
    expect(producer?.certificates.length).toBeGreaterThan(0);
  });
});

describe("open-data API", () => {
  it("lists products matching the OpenAPI schema, with CORS and cache headers", async () => {
    const response = await getProductsRoute(new Request("http://test/api/v1/products?q=che%20shan%20tuyet&stars=3&pageSize=5"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const body = ZProductList.parse(await response.json());
    expect(body.items.length).toBe(5);
    expect(body.pageSize).toBe(5);
    expect((await OPTIONS()).headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("answers invalid parameters with 400 and the issues", async () => {
    for (const query of ["pageSize=101", "page=0", "stars=abc", "sort=cheap", "group=CARS", "minPrice=9&maxPrice=1"]) {
      const response = await getProductsRoute(new Request(`http://test/api/v1/products?${query}`));
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("VALIDATION");
      expect(body.issues.length).toBeGreaterThan(0);
    }
    expect((await getProducersRoute(new Request("http://test/api/v1/producers?legalForm=BANK"))).status).toBe(400);
  });

  it("returns a product and a producer in their documented shapes", async () => {
    const product = ZProductDetail.strict().parse(await (await call(getProductRoute, "choi-chit-viet-lam")).json());
    expect(product.badge?.stars).toBeGreaterThanOrEqual(3);
    const producer = ZProducerDetail.strict().parse(await (await call(getProducerRoute, "htx-tra-peng")).json());
    expect(producer.products).toHaveLength(3);
    ZProducerList.parse(await (await getProducersRoute(new Request("http://test/api/v1/producers?pageSize=2"))).json());
  });

  it("documents every path, parameter and response field in the OpenAPI 3.1 document", async () => {
    const doc = buildOpenApiDocument("http://test") as unknown as {
      openapi: string;
      paths: Record<string, { get: { parameters?: { name: string }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; allOf?: { properties?: Record<string, unknown> }[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/products", "/products/{slug}", "/producers", "/producers/{slug}", "/suggest"]));
    expect(doc.paths["/products"].get.parameters?.map((p) => p.name).sort()).toEqual(
      ["commune", "group", "maxPrice", "minPrice", "page", "pageSize", "producer", "province", "q", "sort", "stars"].sort(),
    );
    const body = await (await getProductsRoute(new Request("http://test/api/v1/products?pageSize=1"))).json();
    expect(Object.keys(body).sort()).toEqual(Object.keys(doc.components.schemas.ProductList.properties!).sort());
    expect(Object.keys(body.items[0]).sort()).toEqual(Object.keys(doc.components.schemas.ProductSummary.properties!).sort());
    const detail = await (await call(getProductRoute, "choi-chit-viet-lam")).json();
    // Product extends ProductSummary (allOf): together they name every field of the response.
    const documented = [...Object.keys(doc.components.schemas.ProductSummary.properties!), ...Object.keys(doc.components.schemas.Product.allOf![1].properties!)];
    expect(documented.sort()).toEqual(Object.keys(detail).sort());
  });
});

describe("producer directory", () => {
  it("filters by commune and legal form and searches names without diacritics", async () => {
    const peng = await getProducer("htx-tra-peng");
    const byCommune = await listProducers({ commune: peng!.commune.slug, page: 1, pageSize: 100 });
    expect(byCommune.items.every((producer) => producer.commune.slug === peng!.commune.slug)).toBe(true);
    expect(byCommune.items.map((producer) => producer.slug)).toContain("htx-tra-peng");
    const households = await listProducers({ legalForm: "HOUSEHOLD", page: 1, pageSize: 100 });
    expect(households.total).toBeGreaterThan(0);
    expect(households.items.every((producer) => producer.legalForm === "HOUSEHOLD")).toBe(true);
    expect((await listProducers({ q: "Trà Pèng", page: 1, pageSize: 10 })).items.map((p) => p.slug)).toEqual(["htx-tra-peng"]);
    expect((await listProducers({ q: "tra peng", page: 1, pageSize: 10 })).items.map((p) => p.slug)).toEqual(["htx-tra-peng"]);
  });
});
