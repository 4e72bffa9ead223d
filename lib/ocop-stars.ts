/**
 * OCOP star rules (148/QĐ-TTg): score bands, certificate validity (36 months from the decision's
 * signing date) and which certificate a product's badge shows. Dates are calendar days, held as the
 * @db.Date values Prisma returns (midnight UTC of that day); `today` is Vietnam's calendar day in the
 * same form (`dayToDate(today())` from lib/clock), never a raw instant.
 */
import { addMonths, dateToDay, dayToDate, daysBetween } from "./clock";

export type StoredCertificateStatus = "VALID" | "REVOKED" | "SUPERSEDED";
export type CertificateState = "VALID" | "EXPIRED" | "REVOKED" | "SUPERSEDED";

export interface CertificateFacts {
  stars: number;
  status: StoredCertificateStatus;
  decisionDate: Date;
  validUntil: Date;
}

export const CERTIFICATE_VALIDITY_MONTHS = 36;

export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`score out of range: ${score}`);
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  if (score >= 30) return 2;
  return 1;
}

/** Only 3★, 4★ and 5★ products are recognised OCOP products with a certificate and badge. */
export function isRecognisedStars(stars: number): boolean {
  return Number.isInteger(stars) && stars >= 3 && stars <= 5;
}

/** decisionDate + 36 months, the day clamped to the end of a shorter month (31 Jan → 31 Jan, 29 Feb → 28 Feb). */
export function defaultValidUntil(decisionDate: Date, months = CERTIFICATE_VALIDITY_MONTHS): Date {
  return dayToDate(addMonths(dateToDay(decisionDate), months));
}

/** Days from `today` until the certificate's last valid day (0 on that day, negative after it). */
export function daysUntilExpiry(validUntil: Date, today: Date): number {
  return daysBetween(dateToDay(today), dateToDay(validUntil));
}

/** A certificate is valid through its validUntil day inclusive. */
export function certificateState(cert: Pick<CertificateFacts, "status" | "validUntil">, today: Date): CertificateState {
  if (cert.status !== "VALID") return cert.status;
  return daysUntilExpiry(cert.validUntil, today) < 0 ? "EXPIRED" : "VALID";
}

/** The badge: the highest-star valid certificate of 3★ or more (ties: the latest decision), or null. */
export function pickBadge<C extends CertificateFacts>(certs: readonly C[], today: Date): C | null {
  let best: C | null = null;
  for (const cert of certs) {
    if (!isRecognisedStars(cert.stars) || certificateState(cert, today) !== "VALID") continue;
    if (
      !best ||
      cert.stars > best.stars ||
      (cert.stars === best.stars && cert.decisionDate.getTime() > best.decisionDate.getTime())
    ) {
      best = cert;
    }
  }
  return best;
}

/** Warn producers and officers 90 and 30 days ahead; "EXPIRED" once past. */
export function expiryWarning(cert: Pick<CertificateFacts, "status" | "validUntil">, today: Date): null | 90 | 30 | "EXPIRED" {
  if (cert.status !== "VALID") return null;
  const days = daysUntilExpiry(cert.validUntil, today);
  if (days < 0) return "EXPIRED";
  if (days <= 30) return 30;
  if (days <= 90) return 90;
  return null;
}

/** A product scoring 90+ that is not (yet) recognised at 5★ by the national level: "5★ potential". */
export function isFiveStarPotential(score: number | null | undefined, stars: number): boolean {
  return score != null && score >= 90 && stars < 5;
}
