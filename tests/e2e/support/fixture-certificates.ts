/**
 * Data only the bulk journeys use (tests/e2e/certificates-bulk.spec.ts, commitments-bulk.spec.ts),
 * written straight into the e2e database by the spec itself, after the baseline specs have counted the
 * demo district:
 * a cooperative of its own in a commune of the demo district (the demo officer's region), two draft
 * products (nothing public) and one valid 3★ certificate each, decided in 2026 (outside the demo
 * programme's 2021–2025 figures) and ending in 2029 (never "expiring" in any other journey's view).
 * The journey revokes these, never a demo certificate another spec reads; the commitments journey
 * (tests/e2e/commitments-bulk.spec.ts) records a commitment for the same cooperative. Written once; a
 * second call adds nothing.
 */
import pg from "pg";
import { buildProductSearchText, buildProducerSearchText } from "../../../lib/search-text";

export const CERTIFICATE_FIXTURE = {
  producerId: "e2e-cert-producer",
  producerName: "HTX Kiểm thử thu hồi",
  /** A word only these products carry: the officer's search finds exactly them. */
  tag: "kiemthuthuhoi",
  products: [
    { id: "e2e-cert-product-1", name: "Trà hoa vàng kiemthuthuhoi", certificateId: "e2e-cert-1", decisionNumber: "9101/QĐ-UBND" },
    { id: "e2e-cert-product-2", name: "Miến dong kiemthuthuhoi", certificateId: "e2e-cert-2", decisionNumber: "9102/QĐ-UBND" },
  ],
  decisionDate: "2026-01-15",
  validUntil: "2029-01-15",
};

export async function createCertificateFixtures(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows;
    const { producerId, producerName } = CERTIFICATE_FIXTURE;
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-thu-hoi', $2, 'COOPERATIVE', 'ACTIVE', $3, $4, now()) ON CONFLICT DO NOTHING`,
      [producerId, producerName, communeId, buildProducerSearchText({ name: producerName })],
    );
    for (const product of CERTIFICATE_FIXTURE.products) {
      await client.query(
        `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "searchText", "updatedAt")
         VALUES ($1, $1, $2, 'DRAFT', $3, 'FOOD', 60000, 'hộp', 5, $4, now()) ON CONFLICT DO NOTHING`,
        [product.id, producerId, product.name, buildProductSearchText({ nameVi: product.name, producerName, groupLabels: [] })],
      );
      await client.query(
        `INSERT INTO ocop_certificates (id, "productId", "producerId", stars, score, level, "decisionNumber", "decisionDate", "issuingBody", "validUntil", status, "productNameOnDecision", "producerNameOnDecision", "updatedAt")
         VALUES ($1, $2, $3, 3, 62, 'PROVINCE', $4, $5, 'UBND tỉnh Tuyên Quang', $6, 'VALID', $7, $8, now()) ON CONFLICT DO NOTHING`,
        [product.certificateId, product.id, producerId, product.decisionNumber, CERTIFICATE_FIXTURE.decisionDate, CERTIFICATE_FIXTURE.validUntil, product.name, producerName],
      );
    }
  } finally {
    await client.end();
  }
}
