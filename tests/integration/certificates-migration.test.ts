import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../support/pg-admin";

/**
 * The migration that moves the legacy category from products to their certificates and puts existing
 * certificates in the order decisions follow in time, run on a database that holds data recorded
 * under the old rules (every migration before it applied first).
 */
const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = readdirSync(MIGRATIONS).find((name) => name.endsWith("_certificate_printed_facts"))!;

describe("certificate printed-facts migration", () => {
  const scratch: { drop(): Promise<void> }[] = [];
  afterAll(() => Promise.all(scratch.map((db) => db.drop())));

  it("moves legacyCategory to the certificates it belongs to and re-orders supersession by date", async () => {
    const database = await createScratchDatabase({ fromTemplate: false });
    scratch.push(database);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const before = readdirSync(MIGRATIONS).filter((name) => /^\d{14}_/.test(name) && name < TARGET).sort();
      for (const name of before) await client.query(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));

      await client.query(`
        INSERT INTO regions (id, code, slug, name, level) VALUES ('r1', 'r1', 'r1', 'Xã thử', 'COMMUNE');
        INSERT INTO producers (id, slug, name, "legalForm", "regionId", "updatedAt") VALUES ('pr1', 'pr1', 'HTX thử', 'COOPERATIVE', 'r1', now());
        INSERT INTO products (id, slug, "producerId", "nameVi", "group", "priceVnd", unit, "legacyCategory", "updatedAt") VALUES
          ('old', 'old', 'pr1', 'Rượu ngô', 'BEVERAGE', 1, 'chai', 'Đồ uống có cồn (1048)', now()),
          ('new', 'new', 'pr1', 'Chè', 'FOOD', 1, 'hộp', 'Chè (tên cũ)', now()),
          ('none', 'none', 'pr1', 'Mật ong', 'FOOD', 1, 'lọ', 'Mật ong (tên cũ)', now()),
          ('plain', 'plain', 'pr1', 'Gạo', 'FOOD', 1, 'túi', NULL, now());
        INSERT INTO ocop_certificates (id, "productId", "producerId", stars, level, "decisionNumber", "decisionDate", "issuingBody", "validUntil", status,
                                       "productNameOnDecision", "producerNameOnDecision", "createdAt", "updatedAt") VALUES
          ('old-2022', 'old', 'pr1', 3, 'PROVINCE', '1/QĐ', '2022-08-10', 'UBND tỉnh Hà Giang', '2025-08-10', 'VALID', 'Rượu ngô', 'HTX thử', '2026-01-01', now()),
          ('old-2024', 'old', 'pr1', 3, 'DISTRICT', '2/QĐ', '2024-06-14', 'UBND huyện Vị Xuyên', '2027-06-14', 'VALID', 'Rượu ngô', 'HTX thử', '2026-01-02', now()),
          ('new-2024', 'new', 'pr1', 3, 'DISTRICT', '3/QĐ', '2024-06-14', 'UBND huyện Vị Xuyên', '2027-06-14', 'VALID', 'Chè', 'HTX thử', '2026-01-01', now()),
          ('new-2025', 'new', 'pr1', 3, 'PROVINCE', '4/QĐ', '2025-09-15', 'UBND tỉnh Tuyên Quang', '2028-09-15', 'VALID', 'Chè', 'HTX thử', '2026-01-02', now()),
          ('plain-cur', 'plain', 'pr1', 3, 'DISTRICT', '5/QĐ', '2024-06-14', 'UBND huyện Vị Xuyên', '2027-06-14', 'SUPERSEDED', 'Gạo', 'HTX thử', '2026-01-01', now()),
          ('plain-old', 'plain', 'pr1', 4, 'PROVINCE', '6/QĐ', '2021-03-01', 'UBND tỉnh Hà Giang', '2024-03-01', 'VALID', 'Gạo', 'HTX thử', '2026-01-02', now()),
          ('plain-rev', 'plain', 'pr1', 3, 'PROVINCE', '7/QĐ', '2020-01-01', 'UBND tỉnh Hà Giang', '2023-01-01', 'REVOKED', 'Gạo', 'HTX thử', '2026-01-03', now());
        -- The old rule: a history entry with more stars stripped the current badge.
        UPDATE ocop_certificates SET "supersededById" = 'plain-old' WHERE id = 'plain-cur';
      `);

      await client.query(readFileSync(path.join(MIGRATIONS, TARGET, "migration.sql"), "utf8"));

      const certs = (await client.query(`SELECT id, status, "supersededById", "categoryOnDecision" FROM ocop_certificates ORDER BY id`)).rows;
      expect(certs).toEqual([
        // The legacy category describes the decision before 24/02/2023 only.
        { id: "new-2024", status: "SUPERSEDED", supersededById: "new-2025", categoryOnDecision: "Chè (tên cũ)" },
        { id: "new-2025", status: "VALID", supersededById: null, categoryOnDecision: null },
        { id: "old-2022", status: "SUPERSEDED", supersededById: "old-2024", categoryOnDecision: "Đồ uống có cồn (1048)" },
        { id: "old-2024", status: "VALID", supersededById: null, categoryOnDecision: null },
        // Supersession by date: the 2024 decision stands again, the 2021 one is history, the revoked one stays revoked.
        { id: "plain-cur", status: "VALID", supersededById: null, categoryOnDecision: null },
        { id: "plain-old", status: "SUPERSEDED", supersededById: "plain-cur", categoryOnDecision: null },
        { id: "plain-rev", status: "REVOKED", supersededById: null, categoryOnDecision: null },
      ]);
      // A product's category with no certificate at all is kept in the audit log, not lost.
      const audit = (await client.query(`SELECT "entityId", before FROM audit_log WHERE action = 'product.legacyCategory.moved'`)).rows;
      expect(audit).toEqual([{ entityId: "none", before: { legacyCategory: "Mật ong (tên cũ)" } }]);
      const columns = (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'legacyCategory'`)).rows;
      expect(columns).toEqual([]);
      // The badge trigger followed: the product's current 3★ shows again.
      const badge = (await client.query(`SELECT "badgeStars" FROM products WHERE id = 'plain'`)).rows[0];
      expect(badge).toEqual({ badgeStars: 3 });
    } finally {
      await client.end();
    }
  });
});
