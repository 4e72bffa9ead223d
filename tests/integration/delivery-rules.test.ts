import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/server/auth/permissions";
import type { Locale } from "@/i18n/routing";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { db } from "@/server/infra/db";
import { getCartView } from "@/server/orders/queries";
import { approveProduct, createProduct, submitProduct, updateProduct } from "@/server/products/mutations";
import { getOwnProduct, listReviewQueue } from "@/server/products/studio-queries";
import { approveProducerRevision, getProducerProfile, updateProducerProfile } from "@/server/producers/profile";
import { listProfileReviewQueue } from "@/server/producers/review-queries";
import { createOfficerViewer, createProducerViewer, createProvinceWithCommunes, createUser, viewerOf } from "../factories";
import { codeOf } from "../support/outcome";
import { redirects } from "@/tests/support/i18n-navigation";

/*
 * Issue 16, "What to build" 2: each producer's delivery rule (flat fee, an amount per started kg, free
 * from an amount) and each product's weight, set in the studio and then charged by the cart. The
 * form's action is called as the browser posts it (the kit's `formAction`), with the signed-in viewer
 * and the translations stubbed the way Next provides them.
 */

let signedIn: Viewer | null = null;
vi.mock("@/server/auth/session", () => ({ getViewer: async () => signedIn }));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("@/i18n/navigation", () => import("@/tests/support/i18n-navigation"));

const { saveProducerProfileAction } = await import("@/server/producers/actions");

beforeEach(() => {
  redirects.length = 0;
  signedIn = null;
});

function post(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Posts the studio's profile form as `viewer`: the page's values with `changes` typed over them. */
async function postProfile(viewer: Viewer, producerId: string, changes: Record<string, string>, locale: Locale = "vi") {
  const values = (await getProducerProfile(viewer, producerId)).values;
  signedIn = viewer;
  return saveProducerProfileAction(INITIAL_FORM_STATE, post({ ...values, ...changes, producerId, locale })).catch((error: Error) => {
    if (error.message !== "NEXT_REDIRECT") throw error;
    return null;
  });
}

const listing = (over: Record<string, string> = {}) => ({
  nameVi: "Chổi chít", descriptionVi: "", group: "HANDICRAFT", priceVnd: "100.000", unit: "chiếc", gtin: "", stock: "50", ...over,
});

/** A listing of the owner's, created and edited through the studio's forms, then published. */
async function publishedListing(owner: { viewer: Viewer }, officer: { viewer: Viewer }, weightGrams: string) {
  const { id } = await createProduct(owner.viewer, listing({ weightGrams }));
  await submitProduct(owner.viewer, id);
  await approveProduct(officer.viewer, id);
  return id;
}

const feeOf = async (productId: string, quantity: number) => (await getCartView([{ productId, quantity }], "vi")).groups[0].shippingVnd;

describe("a producer's delivery rule", () => {
  it("is proposed in the studio, charged by the cart once an officer approves it: flat + per started kg, free from the threshold", async () => {
    const { producerA } = await createProvinceWithCommunes();
    const owner = viewerOf(await createUser("PRODUCER", { producerId: producerA.id }));
    const officer = await createOfficerViewer();
    // 1,2 kg a unit, typed with a thousands dot as the hint suggests.
    const productId = await publishedListing({ viewer: owner }, officer, "1.200");
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).weightGrams).toBe(1200);

    // Nothing set: the site's flat fee (SHIPPING_FEE_VND, 30.000 ₫ by default), whatever the weight.
    expect(await feeOf(productId, 1)).toBe(30_000);

    expect(await postProfile(owner, producerA.id, { shippingFlatVnd: "20.000", shippingPerKgVnd: "5.000", shippingFreeAboveVnd: "300.000" })).toBeNull();
    expect(redirects).toEqual(["/studio/profile?saved=proposed"]);
    // A proposal, as for a published product's price: buyers are still charged the live rule.
    expect(await feeOf(productId, 1)).toBe(30_000);
    expect((await getProducerProfile(owner, producerA.id)).values).toMatchObject({ shippingFlatVnd: "20.000", shippingPerKgVnd: "5.000", shippingFreeAboveVnd: "300.000" });
    expect(await db.auditLog.count({ where: { entityId: producerA.id, action: "producer.profile.propose" } })).toBe(1);

    const item = (await listProfileReviewQueue(officer.viewer)).items.find((i) => i.producerId === producerA.id)!;
    expect(item.changes.map(({ field, before, after }) => ({ field, before, after }))).toEqual([
      { field: "shippingFlatVnd", before: "", after: "20000" },
      { field: "shippingPerKgVnd", before: "", after: "5000" },
      { field: "shippingFreeAboveVnd", before: "", after: "300000" },
    ]);
    await approveProducerRevision(officer.viewer, producerA.id, { submittedAt: String(item.submittedAt!.getTime()), photoIds: "" });
    expect(await db.producer.findUniqueOrThrow({ where: { id: producerA.id } })).toMatchObject({ shippingFlatVnd: 20_000, shippingPerKgVnd: 5_000, shippingFreeAboveVnd: 300_000 });

    // One unit: 1,2 kg starts 2 kg → 20.000 + 2 × 5.000.
    expect(await feeOf(productId, 1)).toBe(30_000);
    // Two units: 2,4 kg starts 3 kg → 20.000 + 3 × 5.000; goods 200.000 ₫, below the threshold.
    expect(await feeOf(productId, 2)).toBe(35_000);
    // Three units: goods 300.000 ₫, at the threshold: free.
    expect(await feeOf(productId, 3)).toBe(0);
  });

  it("is applied at once (and audited) when an officer of the producer's region sets it; 0 means free delivery", async () => {
    const { province, producerA } = await createProvinceWithCommunes();
    const officer = await createOfficerViewer({ regionId: province.id });
    const owner = await createUser("PRODUCER", { producerId: producerA.id });
    const productId = await publishedListing({ viewer: viewerOf(owner) }, officer, "");
    expect(await postProfile(officer.viewer, producerA.id, { shippingFlatVnd: "0" })).toBeNull();
    expect(await db.producer.findUniqueOrThrow({ where: { id: producerA.id } })).toMatchObject({ shippingFlatVnd: 0, shippingPerKgVnd: null, shippingFreeAboveVnd: null, pendingRevision: null });
    expect(await feeOf(productId, 1)).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: producerA.id, action: "producer.update" } });
    expect(audit.actorId).toBe(officer.user.id);
  });

  it("refuses amounts above the bounds or typed ambiguously, in the user's language, keeping everything typed", async () => {
    const { producerA } = await createProvinceWithCommunes();
    const owner = viewerOf(await createUser("PRODUCER", { producerId: producerA.id }));
    const typed = { shippingFlatVnd: "1.500.000", shippingPerKgVnd: "600.000", shippingFreeAboveVnd: "35.5", storyVi: "Chổi chít rừng Việt Lâm" };
    const vi = await postProfile(owner, producerA.id, typed);
    expect(vi?.fieldErrors).toEqual({
      shippingFlatVnd: "Phí giao mỗi đơn tối đa 1.000.000 ₫.",
      shippingPerKgVnd: "Phí thêm cho mỗi kg tối đa 500.000 ₫.",
      shippingFreeAboveVnd: expect.stringContaining("Không rõ số tiền này là bao nhiêu"),
    });
    expect(vi?.values).toMatchObject(typed);
    const en = await postProfile(owner, producerA.id, { shippingFlatVnd: "1.000.001" }, "en");
    expect(en?.fieldErrors).toEqual({ shippingFlatVnd: "The fee per order is at most ₫1,000,000." });
    expect(redirects).toEqual([]);
    // Nothing was proposed or saved.
    expect(await db.producer.findUniqueOrThrow({ where: { id: producerA.id } })).toMatchObject({ pendingRevision: null, shippingFlatVnd: null, storyVi: "" });
    // The bounds themselves are accepted.
    expect(await postProfile(owner, producerA.id, { shippingFlatVnd: "1.000.000", shippingPerKgVnd: "500.000" })).toBeNull();
  });

  it("cannot be changed by another producer, nor by an officer of another region", async () => {
    const { producerA, producerB } = await createProvinceWithCommunes();
    const other = await createProducerViewer();
    const otherRegion = await createOfficerViewer({ regionId: (await createProvinceWithCommunes()).province.id });
    // The other producer posts its own form with A's id in place of its own.
    const values = (await getProducerProfile(other.viewer, other.producerId)).values;
    signedIn = other.viewer;
    const refused = await saveProducerProfileAction(INITIAL_FORM_STATE, post({ ...values, shippingFlatVnd: "1.000", producerId: producerA.id, locale: "vi" }));
    expect(refused.formError).toBeTruthy();
    expect(refused.values).toMatchObject({ shippingFlatVnd: "1.000" });
    expect(redirects).toEqual([]);
    expect(await codeOf(updateProducerProfile(other.viewer, producerB.id, { ...values, shippingFlatVnd: "1.000" }))).toBe("NOT_FOUND");
    expect(await codeOf(updateProducerProfile(otherRegion.viewer, producerA.id, { ...values, regionId: producerA.regionId, shippingFlatVnd: "1.000" }))).toBe("NOT_FOUND");
    for (const id of [producerA.id, producerB.id]) {
      expect(await db.producer.findUniqueOrThrow({ where: { id } })).toMatchObject({ shippingFlatVnd: null, pendingRevision: null });
    }
  });
});

describe("a product's weight", () => {
  it("is refused when it cannot be read as whole grams, and on a published product waits for review like its price", async () => {
    const { producerA } = await createProvinceWithCommunes();
    const owner = viewerOf(await createUser("PRODUCER", { producerId: producerA.id }));
    const officer = await createOfficerViewer();
    await db.producer.update({ where: { id: producerA.id }, data: { shippingFlatVnd: 20_000, shippingPerKgVnd: 5_000 } });
    for (const weightGrams of ["1,2", "0", "100.001", "nặng"]) {
      const issues = await createProduct(owner, listing({ weightGrams })).catch((e: { issues: { path: string[]; message: string }[] }) => e.issues);
      expect(issues).toEqual([expect.objectContaining({ path: ["weightGrams"], message: "weightGrams" })]);
    }
    const productId = await publishedListing({ viewer: owner }, officer, "800");
    // 800 g starts one kg.
    expect(await feeOf(productId, 1)).toBe(25_000);

    const form = await getOwnProduct(owner, productId);
    expect(form.values.weightGrams).toBe("800");
    expect((await updateProduct(owner, productId, { ...form.values, weightGrams: "2.500", editVersion: String(form.editVersion) })).pendingReview).toBe(true);
    // Still charged by the live weight until the officer approves.
    expect(await feeOf(productId, 1)).toBe(25_000);
    const item = (await listReviewQueue(officer.viewer)).items.find((i) => i.id === productId)!;
    expect(item.diff).toEqual([{ field: "weightGrams", before: "800", after: "2500" }]);
    await approveProduct(officer.viewer, productId, { editVersion: item.editVersion });
    // 2,5 kg starts 3 kg → 20.000 + 3 × 5.000.
    expect(await feeOf(productId, 1)).toBe(35_000);
  });
});
