/**
 * Data only the order proofs use (tests/e2e/security-orders.spec.ts), written straight into the e2e
 * database by the spec itself — after the baseline specs have counted the demo district as seeded, so
 * they never see it. A cooperative of its own in a commune of the demo district (the demo officer
 * reviews it), with an account, a bank account for VietQR, one product per proof, and twenty products
 * of exactly twenty units for the largest order a buyer may place. Written once; a second call adds
 * nothing.
 */
import pg from "pg";
import { buildProducerSearchText } from "../../../lib/search-text";
import { hashPassword } from "../../../server/auth/password";

export const ORDER_PRODUCER = { email: "e2e-orders@ocop.local", password: "e2e-orders-pass-2025" };
export const ORDER_FIXTURE = {
  producerId: "e2e-order-producer",
  producerName: "HTX Kiểm thử đơn hàng",
  /** Agribank, the account buyers' transfers go to until the producer's change is approved. */
  bank: { bin: "970405", account: "100022223333", name: "HTX KIEM THU DON HANG" },
  priceVnd: 40_000,
  /** One product per proof, so no proof's stock moves under another's: slug → units in stock. */
  products: { payee: 50, returned: 10, card: 10, transfer: 10 } as Record<string, number>,
  bulkCount: 20,
  bulkStock: 20,
  bulkPriceVnd: 10_000,
};

export const fixtureSlug = (name: string) => `e2e-don-hang-${name}`;
export const bulkSlug = (n: number) => `e2e-don-lon-${String(n).padStart(2, "0")}`;

export async function createOrderFixtures(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows;
    const { producerId, producerName, bank } = ORDER_FIXTURE;
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "addressLine", "storyVi", phone, email, "bankBin", "bankAccount", "bankAccountName", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-don-hang', $2, 'COOPERATIVE', 'ACTIVE', $3, 'Thôn Nậm Ngặt', 'Hợp tác xã chỉ có trong bộ kiểm thử.', '0912000111', 'htx-don-hang@example.vn', $4, $5, $6, $7, now())
       ON CONFLICT DO NOTHING`,
      [producerId, producerName, communeId, bank.bin, bank.account, bank.name, buildProducerSearchText({ name: producerName })],
    );
    const products: [string, string, number, number][] = [
      ...Object.entries(ORDER_FIXTURE.products).map(([name, stock]): [string, string, number, number] => [fixtureSlug(name), `Sản phẩm kiểm thử ${name}`, ORDER_FIXTURE.priceVnd, stock]),
      ...Array.from({ length: ORDER_FIXTURE.bulkCount }, (_, i): [string, string, number, number] => [bulkSlug(i + 1), `Sản phẩm đơn lớn ${i + 1}`, ORDER_FIXTURE.bulkPriceVnd, ORDER_FIXTURE.bulkStock]),
    ];
    for (const [slug, name, price, stock] of products) {
      await client.query(
        `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "publishedAt", "updatedAt")
         VALUES ($1, $1, $2, 'PUBLISHED', $3, 'FOOD', $4, 'gói', $5, now(), now()) ON CONFLICT DO NOTHING`,
        [slug, producerId, name, price, stock],
      );
    }
    await client.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", "updatedAt")
       VALUES ('e2e-orders-user', $1, 'Tài khoản kiểm thử đơn hàng', $2, 'PRODUCER', $3, now()) ON CONFLICT (email) DO NOTHING`,
      [ORDER_PRODUCER.email, await hashPassword(ORDER_PRODUCER.password), producerId],
    );
  } finally {
    await client.end();
  }
}
