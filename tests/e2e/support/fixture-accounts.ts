/**
 * Accounts only the security journeys use, added by scripts/e2e-server.ts after the demo district is
 * seeded: attacks on them (guessed passwords, suspension, sign-out, a password change) cannot disturb
 * the demo accounts other journeys sign in with. The session producer is a producer of its own, with a
 * draft product and a batch, and nothing public. Two demo cooperatives get illustrative bank accounts.
 */
import pg from "pg";
import { buildProducerSearchText } from "../../../lib/search-text";
import { hashPassword } from "../../../server/auth/password";

export const THROTTLE_OFFICER = { email: "e2e-throttle@ocop.local", password: "e2e-throttle-pass-2025" };
export const SESSION_PRODUCER = { email: "e2e-session@ocop.local", password: "e2e-session-pass-2025" };
export const SESSION_FIXTURE = { producerId: "e2e-session-producer", productId: "e2e-session-product", batchId: "e2e-session-batch" };

export async function createFixtureAccounts(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // In a commune of the demo district, so the demo officer (scoped to the district) sees it; not in
    // Thanh Thủy, whose commune officer's lists the baseline specs count exactly.
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00823'`)).rows;
    await client.query(
      // With its search text, as the app writes it: the officers' list finds producers through it.
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu', 'HTX Kiểm thử phiên', 'COOPERATIVE', 'ACTIVE', $2, $3, now()) ON CONFLICT DO NOTHING`,
      [SESSION_FIXTURE.producerId, communeId, buildProducerSearchText({ name: "HTX Kiểm thử phiên" })],
    );
    await client.query(
      `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "updatedAt")
       VALUES ($1, 'e2e-san-pham-kiem-thu', $2, 'DRAFT', 'Sản phẩm kiểm thử', 'FOOD', 50000, 'gói', 5, now()) ON CONFLICT DO NOTHING`,
      [SESSION_FIXTURE.productId, SESSION_FIXTURE.producerId],
    );
    await client.query(
      `INSERT INTO batches (id, code, "productId", "lotCode", "productionDate", quantity, "updatedAt")
       VALUES ($1, 'E2E-SESSION-1', $2, 'L1', '2026-10-01', 10, now()) ON CONFLICT DO NOTHING`,
      [SESSION_FIXTURE.batchId, SESSION_FIXTURE.productId],
    );
    // The demo gives real cooperatives no bank account; the shopper's journey pays two of them by
    // VietQR, so in this throw-away database they get illustrative Agribank accounts.
    await client.query(
      `UPDATE producers SET "bankBin" = '970405', "bankAccount" = '1000' || lpad((abs(hashtext(slug)) % 100000000)::text, 8, '0'), "bankAccountName" = 'TAI KHOAN KIEM THU'
       WHERE slug IN ('htx-choi-chit-viet-lam', 'htx-che-shan-tuyet-cao-bo')`,
    );
    const users: [string, string, "ADMIN" | "PRODUCER", string | null][] = [
      [THROTTLE_OFFICER.email, THROTTLE_OFFICER.password, "ADMIN", null],
      [SESSION_PRODUCER.email, SESSION_PRODUCER.password, "PRODUCER", SESSION_FIXTURE.producerId],
    ];
    for (const [email, password, role, producerId] of users) {
      await client.query(
        `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", "updatedAt")
         VALUES ($1, $2, 'Tài khoản kiểm thử', $3, $4, $5, now()) ON CONFLICT (email) DO NOTHING`,
        [`e2e-${email}`, email, await hashPassword(password), role, producerId],
      );
    }
  } finally {
    await client.end();
  }
}
