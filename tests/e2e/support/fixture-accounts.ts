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
/** An officer of a commune of the demo district and a second account of the session producer, both for the demo officer to lock (deactivate). */
export const OFFICER_TO_LOCK = { email: "e2e-officer-lock@ocop.local", password: "e2e-officer-lock-2025", name: "Cán bộ kiểm thử khóa" };
export const PRODUCER_TO_LOCK = { email: "e2e-session-lock@ocop.local", password: "e2e-session-lock-2025", name: "Người của HTX kiểm thử khóa" };
/** A third account of the session producer, signed in on the site that lives in the past (its session has expired here). */
export const EXPIRY_PRODUCER = { email: "e2e-session-expiry@ocop.local", password: "e2e-session-expiry-2025" };
export const SESSION_FIXTURE = { producerId: "e2e-session-producer", productId: "e2e-session-product", batchId: "e2e-session-batch" };

/** A fixture account's id: its email with what an id may not hold (lib/list-query.ts, parseIds) turned into dashes. */
export const accountId = (email: string) => `e2e-${email.replace(/[^A-Za-z0-9_-]/g, "-")}`;

export async function createFixtureAccounts(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // In a commune of the demo district, so the demo officer (scoped to the district) sees it; not in
    // Thanh Thủy, whose commune officer's lists the baseline specs count exactly.
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows;
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
    const users: [string, string, "ADMIN" | "PRODUCER", string | null, string | null, string][] = [
      [THROTTLE_OFFICER.email, THROTTLE_OFFICER.password, "ADMIN", null, null, "Tài khoản kiểm thử"],
      [SESSION_PRODUCER.email, SESSION_PRODUCER.password, "PRODUCER", SESSION_FIXTURE.producerId, null, "Tài khoản kiểm thử"],
      [OFFICER_TO_LOCK.email, OFFICER_TO_LOCK.password, "ADMIN", null, communeId, OFFICER_TO_LOCK.name],
      [PRODUCER_TO_LOCK.email, PRODUCER_TO_LOCK.password, "PRODUCER", SESSION_FIXTURE.producerId, null, PRODUCER_TO_LOCK.name],
      [EXPIRY_PRODUCER.email, EXPIRY_PRODUCER.password, "PRODUCER", SESSION_FIXTURE.producerId, null, "Tài khoản kiểm thử"],
    ];
    for (const [email, password, role, producerId, regionId, name] of users) {
      await client.query(
        `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", "regionId", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (email) DO NOTHING`,
        [accountId(email), email, name, await hashPassword(password), role, producerId, regionId],
      );
    }
  } finally {
    await client.end();
  }
}
