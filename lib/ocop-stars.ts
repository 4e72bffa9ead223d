/**
 * OCOP stars on a given day (148/QĐ-TTg): score bands, a certificate's state and which certificate a
 * product's badge shows. Dates are compared as calendar days in UTC, since decisions are dated, not
 * timed. What a decision may be (levels, bands, dates, validity, supersession, 5★ potential) is
 * checked by lib/certificate-rules.ts.
 */
import { isRecognisedStars } from "./certificate-rules";

export type StoredCertificateStatus = "VALID" | "REVOKED" | "SUPERSEDED";
export type CertificateState = "VALID" | "EXPIRED" | "REVOKED" | "SUPERSEDED";

export interface CertificateFacts {
  stars: number;
  status: StoredCertificateStatus;
  decisionDate: Date;
  validUntil: Date;
}

function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000);
}

/** Days from `today` until the certificate's last valid day (0 on that day, negative after it). */
export function daysUntilExpiry(validUntil: Date, today: Date): number {
  return dayNumber(validUntil) - dayNumber(today);
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
