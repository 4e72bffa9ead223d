import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/regions/communes/route";
import { seedCommunes, seedProvinces } from "@/prisma/seed/official-regions";
import { db } from "@/server/infra/db";
import { placeOrder } from "@/server/orders/mutations";
import { listCommunesOfProvince } from "@/server/regions/address";
import { createProduct } from "@/tests/factories";
import { checkoutFor } from "../support/orders";

/** The address picker on the official list (lib/data/communes-2025.json), as the seed loads it. */
beforeAll(async () => {
  process.env.SHIPPING_FEE_VND = "30000";
  await db.$transaction(
    async (tx) => {
      await seedProvinces(tx);
      expect(await seedCommunes(tx)).toBe(3321);
      // Idempotent: a second run adds nothing.
      expect(await seedCommunes(tx)).toBe(0);
    },
    // Generous: this machine's two cores are shared with other suites.
    { timeout: 60_000 },
  );
});

async function communesFromApi(province: string): Promise<{ id: string; name: string }[]> {
  const response = await GET(new Request(`http://localhost/api/regions/communes?province=${province}`));
  expect(response.status).toBe(200);
  return ((await response.json()) as { communes: { id: string; name: string }[] }).communes;
}

describe("the checkout's communes of a province", () => {
  it("offers Hà Nội's 126 wards and communes, in Vietnamese order, and none of another province", async () => {
    const communes = await communesFromApi("01");
    expect(communes).toHaveLength(126);
    const names = communes.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Hoàn Kiếm", "Ba Đình", "Sóc Sơn"]));
    expect(names).not.toContain("Việt Lâm");
    // "Ba Đình" before "Bát Tràng" before "Bồ Đề" before "Cầu Giấy" (the Vietnamese alphabet, not code points).
    const at = (name: string) => names.indexOf(name);
    expect(at("Ba Đình")).toBeLessThan(at("Bát Tràng"));
    expect(at("Bát Tràng")).toBeLessThan(at("Bồ Đề"));
    expect(at("Bồ Đề")).toBeLessThan(at("Cầu Giấy"));
    expect(await listCommunesOfProvince("01")).toEqual(communes);
  });

  it("offers every province's communes: 3,321 in all", async () => {
    const counts = await Promise.all(["04", "08", "46", "79", "96"].map(async (code) => (await listCommunesOfProvince(code)).length));
    expect(counts).toEqual([56, 124, 40, 168, 64]);
    expect(await db.region.count({ where: { level: "COMMUNE", parent: { level: "PROVINCE" } } })).toBe(3321);
  });

  it("records the commune picked in Hà Nội on the order, and refuses a typed one or one of another province", async () => {
    const hoanKiem = (await listCommunesOfProvince("01")).find((c) => c.name === "Hoàn Kiếm")!;
    const product = await createProduct({ priceVnd: 100000, stock: 5 });
    const lines = [{ productId: product.id, quantity: 1 }];

    const placed = await placeOrder(await checkoutFor(lines, { provinceCode: "01", communeId: hoanKiem.id, commune: "" }));
    const order = await db.order.findUniqueOrThrow({ where: { code: placed.code }, select: { province: true, provinceCode: true, commune: true, regionId: true } });
    expect(order).toEqual({ province: "Thành phố Hà Nội", provinceCode: "01", commune: "Hoàn Kiếm", regionId: hoanKiem.id });

    // Hà Nội's communes are known now: one typed by hand is not taken, nor Tuyên Quang's Việt Lâm.
    await expect(placeOrder(await checkoutFor(lines, { provinceCode: "01", commune: "Hoàn Kiếm" }))).rejects.toMatchObject({ code: "VALIDATION", details: { communeId: "required" } });
    const vietLam = (await listCommunesOfProvince("08")).find((c) => c.name === "Việt Lâm")!;
    await expect(placeOrder(await checkoutFor(lines, { provinceCode: "01", communeId: vietLam.id }))).rejects.toMatchObject({ code: "VALIDATION", details: { communeId: "required" } });
  });
});
