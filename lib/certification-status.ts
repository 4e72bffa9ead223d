/**
 * Whether a product may be presented as an OCOP product on a given day, and if not, why — in words a
 * shopper can tell apart (issue 16: "expired", "revoked" and "never certified" are different facts).
 *
 * - CERTIFIED: a 3★+ certificate is valid today (the badge shows).
 * - REVOKED: no valid 3★+ certificate, and the latest 3★+ decision was revoked.
 * - EXPIRED: no valid 3★+ certificate, and the latest 3★+ decision ran out (or was replaced by one that did).
 * - NONE: never recognised at 3★ or more (no certificate, or only 1–2★ ratings, which are not OCOP products).
 *
 * "Latest" is by decision date: a product whose old certificate expired and whose newer one was revoked
 * was revoked, which is what a shopper needs to know. The SQL twins are `certificationSql` in
 * server/products/queries.ts and the search index's `withoutBadge` (server/search/catalogue-index.ts);
 * the integration tests hold them to the same answers.
 */
import { certificateState, type StoredCertificateStatus } from "./ocop-stars";

export const CERTIFICATION_STATUSES = ["CERTIFIED", "EXPIRED", "REVOKED", "NONE"] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export interface CertificationFacts {
  stars: number;
  status: StoredCertificateStatus;
  decisionDate: Date;
  validUntil: Date;
}

export function certificationStatus(certs: readonly CertificationFacts[], today: Date): CertificationStatus {
  const recognised = certs.filter((cert) => cert.stars >= 3 && cert.stars <= 5);
  if (recognised.length === 0) return "NONE";
  if (recognised.some((cert) => certificateState(cert, today) === "VALID")) return "CERTIFIED";
  const latest = recognised.reduce((a, b) => (b.decisionDate.getTime() > a.decisionDate.getTime() ? b : a));
  return latest.status === "REVOKED" ? "REVOKED" : "EXPIRED";
}
