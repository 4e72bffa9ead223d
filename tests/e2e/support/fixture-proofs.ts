/**
 * Data only the back-office proofs use (tests/e2e/backoffice-proofs.spec.ts), written straight into
 * the e2e database by the spec — after the baseline specs counted the demo district, and never on a
 * demo row other specs rely on. A cooperative of its own in a commune of the demo district (the demo
 * officer reviews it) with an account, a bank account for VietQR, published products and a public
 * batch; a second cooperative without an account (the other exhibitor of a fair). What one test
 * decides (listings to review, a fair's requests) is added per call under a tag of its own, so a test
 * run twice against one database finds fresh work each time.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { addDays, now, today } from "../../../lib/clock";
import { buildProducerSearchText, buildProductSearchText } from "../../../lib/search-text";
import { hashPassword } from "../../../server/auth/password";

export const PROOF_PRODUCER = { email: "e2e-proofs@ocop.local", password: "e2e-proofs-pass-2025" };
export const PROOF_FIXTURE = {
  producerId: "e2e-proof-producer",
  producerName: "HTX Kiểm thử bằng chứng",
  otherProducerId: "e2e-proof-producer-2",
  otherProducerName: "HTX Kiểm thử gian hàng",
  priceVnd: 30_000,
  /** Published products, one per proof, so no proof's stock or revision meets another's. */
  products: { transfer: "e2e-bang-chung-chuyen-khoan", cancel: "e2e-bang-chung-huy", description: "e2e-bang-chung-mo-ta" },
  /** The described product's text: paragraphs, as stored (LF line breaks). */
  description: "Mật ong hoa bạc hà thu hoạch mùa đông.\n\nĐóng chai thủy tinh 500 ml.\nBảo quản nơi khô ráo.",
  batchId: "e2e-proof-batch",
  batchCode: "E2E-PROOF-1",
};

const withClient = async <T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const communeId = async (client: pg.Client) => (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows[0].id;

/** The producers, account, products and public batch; written once, a second call adds nothing. */
export async function createProofFixtures(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    const regionId = await communeId(client);
    const { producerId, producerName, otherProducerId, otherProducerName } = PROOF_FIXTURE;
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "addressLine", "storyVi", phone, email, "bankBin", "bankAccount", "bankAccountName", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-bang-chung', $2, 'COOPERATIVE', 'ACTIVE', $3, 'Thôn Bản Khoang', 'Hợp tác xã chỉ có trong bộ kiểm thử.', '0912000222', 'htx-bang-chung@example.vn', '970405', '100077778888', 'HTX KIEM THU BANG CHUNG', $4, now())
       ON CONFLICT DO NOTHING`,
      [producerId, producerName, regionId, buildProducerSearchText({ name: producerName })],
    );
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-gian-hang', $2, 'COOPERATIVE', 'ACTIVE', $3, $4, now()) ON CONFLICT DO NOTHING`,
      [otherProducerId, otherProducerName, regionId, buildProducerSearchText({ name: otherProducerName })],
    );
    const names: Record<keyof typeof PROOF_FIXTURE.products, string> = { transfer: "Mật ong chuyển khoản", cancel: "Mật ong hủy đơn", description: "Mật ong hoa bạc hà" };
    for (const [key, slug] of Object.entries(PROOF_FIXTURE.products) as [keyof typeof PROOF_FIXTURE.products, string][]) {
      await client.query(
        `INSERT INTO products (id, slug, "producerId", status, "nameVi", "descriptionVi", "group", "priceVnd", unit, stock, "searchText", "publishedAt", "updatedAt")
         VALUES ($1, $1, $2, 'PUBLISHED', $3, $4, 'FOOD', $5, 'chai', 50, $6, now(), now()) ON CONFLICT DO NOTHING`,
        [slug, producerId, names[key], key === "description" ? PROOF_FIXTURE.description : "", PROOF_FIXTURE.priceVnd, buildProductSearchText({ nameVi: names[key], producerName, groupLabels: [] })],
      );
    }
    await client.query(
      `INSERT INTO batches (id, code, "productId", "lotCode", "productionDate", quantity, "isPublic", "updatedAt")
       VALUES ($1, $2, $3, 'BC1', $4, 100, true, now()) ON CONFLICT DO NOTHING`,
      [PROOF_FIXTURE.batchId, PROOF_FIXTURE.batchCode, PROOF_FIXTURE.products.description, addDays(today(), -20)],
    );
    await client.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", "updatedAt")
       VALUES ('e2e-proofs-user', $1, 'Tài khoản kiểm thử bằng chứng', $2, 'PRODUCER', $3, now()) ON CONFLICT (email) DO NOTHING`,
      [PROOF_PRODUCER.email, await hashPassword(PROOF_PRODUCER.password), producerId],
    );
  });
}

/** New listings of the proof cooperative waiting for review, named "<prefix> 1…n"; their ids in order. */
export async function addListingsToReview(databaseUrl: string, prefix: string, count: number): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    const ids: string[] = [];
    for (let n = 1; n <= count; n++) {
      const id = `e2e-r${randomUUID().replace(/-/g, "").slice(0, 20)}`;
      const name = `${prefix} ${n}`;
      await client.query(
        // Submitted at the server's (pinned) time, so the review queue orders it as it would the app's own.
        `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "searchText", "submittedAt", "updatedAt")
         VALUES ($1, $1, $2, 'PENDING_REVIEW', $3, 'FOOD', 45000, 'hộp', 10, $4, $5, $5)`,
        [id, PROOF_FIXTURE.producerId, name, buildProductSearchText({ nameVi: name, producerName: PROOF_FIXTURE.producerName, groupLabels: [] }), now()],
      );
      ids.push(id);
    }
    return ids;
  });
}

/**
 * A fair of the demo officer's region starting `startsInDays` from today (negative: it has begun) and
 * ending two days later, with a pending request for one booth from each of `producerIds`, oldest first.
 */
export async function addFairWithRequests(databaseUrl: string, name: string, startsInDays: number, producerIds: string[]): Promise<{ fairId: string; requestIds: string[] }> {
  return withClient(databaseUrl, async (client) => {
    const [{ regionId }] = (await client.query<{ regionId: string }>(`SELECT "regionId" FROM users WHERE email = 'canbo@ocop.local'`)).rows;
    const fairId = `e2e-f${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    const starts = addDays(today(), startsInDays);
    await client.query(
      // Registration closed: the requests are in, and the fair stays out of other producers' "open fairs".
      `INSERT INTO fairs (id, slug, "nameVi", "startsOn", "endsOn", venue, province, "registrationDeadline", "registrationOpen", "boothCapacity", "regionId", "updatedAt")
       VALUES ($1, $1, $2, $3, $4, 'Nhà văn hóa xã', 'Tuyên Quang', $5, false, 10, $6, now())`,
      [fairId, name, starts, addDays(starts, 2), `${addDays(starts, -5)}T23:59:59+07:00`, regionId],
    );
    const requestIds: string[] = [];
    for (const [i, producerId] of producerIds.entries()) {
      const id = `e2e-q${randomUUID().replace(/-/g, "").slice(0, 20)}`;
      await client.query(
        `INSERT INTO booth_requests (id, "fairId", "producerId", "boothCount", status, "createdAt", "updatedAt")
         VALUES ($1, $2, $3, 1, 'PENDING', $4, $4)`,
        [id, fairId, producerId, new Date(now().getTime() - (producerIds.length - i) * 60_000)],
      );
      requestIds.push(id);
    }
    return { fairId, requestIds };
  });
}
