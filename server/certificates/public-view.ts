import "server-only";
import { isFiveStarPotentialDecision, type CertificateLevel } from "@/lib/certificate-rules";
import { dateToDay, dayToDate, type IsoDay } from "@/lib/clock";
import { certificateState, type CertificateState } from "@/lib/ocop-stars";

/**
 * A certificate as the public sees it (product and producer pages, the API): the decision with the
 * body that issued it, what was printed on it, its state on the day, and — when there is one — the
 * revocation decision and the decision that replaced it. The scan and the officers' notes stay private.
 */
export interface CertificateView {
  stars: number;
  score: number | null;
  level: CertificateLevel;
  decisionNumber: string;
  decisionDate: IsoDay;
  /** "UBND huyện Vị Xuyên": a decision number alone ("512/QĐ-UBND") does not say who decided. */
  issuingBody: string;
  validUntil: IsoDay;
  state: CertificateState;
  productNameOnDecision: string;
  producerNameOnDecision: string;
  addressOnDecision: string | null;
  categoryOnDecision: string | null;
  /** A province 4★ at 90+ points, waiting for the national level ("tiềm năng 5 sao"). Never five stars. */
  fiveStarPotential: boolean;
  revocation: { decisionNumber: string | null; date: IsoDay | null; reason: string | null } | null;
  supersededBy: { decisionNumber: string; decisionDate: IsoDay; issuingBody: string } | null;
  /** The last day an officer corrected what was recorded (docs/certificates.md). */
  correctedOn: IsoDay | null;
}

/** The columns a CertificateView needs: `include`/`select` this on ocop_certificates. */
export const CERTIFICATE_VIEW_SELECT = {
  stars: true,
  score: true,
  level: true,
  decisionNumber: true,
  decisionDate: true,
  issuingBody: true,
  validUntil: true,
  status: true,
  productNameOnDecision: true,
  producerNameOnDecision: true,
  addressOnDecision: true,
  categoryOnDecision: true,
  revokedAt: true,
  revocationDecisionNumber: true,
  revocationReason: true,
  correctedOn: true,
  supersededBy: { select: { decisionNumber: true, decisionDate: true, issuingBody: true } },
} as const;

export interface CertificateRow {
  stars: number;
  score: number | null;
  level: CertificateLevel;
  decisionNumber: string;
  decisionDate: Date;
  issuingBody: string;
  validUntil: Date;
  status: "VALID" | "REVOKED" | "SUPERSEDED";
  productNameOnDecision: string;
  producerNameOnDecision: string;
  addressOnDecision: string | null;
  categoryOnDecision: string | null;
  revokedAt: Date | null;
  revocationDecisionNumber: string | null;
  revocationReason: string | null;
  correctedOn: Date | null;
  supersededBy: { decisionNumber: string; decisionDate: Date; issuingBody: string } | null;
}

export function toCertificateView(cert: CertificateRow, today: IsoDay): CertificateView {
  return {
    stars: cert.stars,
    score: cert.score,
    level: cert.level,
    decisionNumber: cert.decisionNumber,
    decisionDate: dateToDay(cert.decisionDate),
    issuingBody: cert.issuingBody,
    validUntil: dateToDay(cert.validUntil),
    state: certificateState(cert, dayToDate(today)),
    productNameOnDecision: cert.productNameOnDecision,
    producerNameOnDecision: cert.producerNameOnDecision,
    addressOnDecision: cert.addressOnDecision,
    categoryOnDecision: cert.categoryOnDecision,
    fiveStarPotential: isFiveStarPotentialDecision(cert),
    revocation:
      cert.status === "REVOKED"
        ? { decisionNumber: cert.revocationDecisionNumber, date: cert.revokedAt ? dateToDay(cert.revokedAt) : null, reason: cert.revocationReason }
        : null,
    supersededBy: cert.supersededBy
      ? { decisionNumber: cert.supersededBy.decisionNumber, decisionDate: dateToDay(cert.supersededBy.decisionDate), issuingBody: cert.supersededBy.issuingBody }
      : null,
    correctedOn: cert.correctedOn ? dateToDay(cert.correctedOn) : null,
  };
}
