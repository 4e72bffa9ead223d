/**
 * OCOP stars on a given day (148/QĐ-TTg): a certificate's state and which certificate a product's
 * badge shows. Dates are calendar days, held as the @db.Date values Prisma returns (midnight UTC of
 * that day); `today` is Vietnam's calendar day in the same form (`dayToDate(today())` from lib/clock),
 * never a raw instant. What a decision may be (levels, bands, dates, validity, supersession, 5★
 * potential) is checked by lib/certificate-rules.ts.
 */
import { isRecognisedStars } from "./certificate-rules";
import { dateToDay, daysBetween } from "./clock";

export type StoredCertificateStatus = "VALID" | "REVOKED" | "SUPERSEDED";
export type CertificateState = "VALID" | "EXPIRED" | "REVOKED" | "SUPERSEDED";

export interface CertificateFacts {
  stars: number;
  status: StoredCertificateStatus;
  decisionDate: Date;
  validUntil: Date;
}

/** Days from `today` until the certificate's last valid day (0 on that day, negative after it). */
function daysUntilExpiry(validUntil: Date, today: Date): number {
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
