import { describe, expect, it } from "vitest";
import { certificationStatus } from "./certification-status";

const today = new Date("2026-11-30T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cert = (stars: number, status: "VALID" | "REVOKED" | "SUPERSEDED", decided: string, until: string) => ({
  stars,
  status,
  decisionDate: day(decided),
  validUntil: day(until),
});

describe("certificationStatus", () => {
  it("is NONE without a certificate, and for 1–2★ ratings, which are not OCOP products", () => {
    expect(certificationStatus([], today)).toBe("NONE");
    expect(certificationStatus([cert(2, "VALID", "2026-01-01", "2029-01-01")], today)).toBe("NONE");
  });

  it("is CERTIFIED while a 3★+ certificate is valid, through its last day", () => {
    expect(certificationStatus([cert(3, "VALID", "2023-11-30", "2026-11-30")], today)).toBe("CERTIFIED");
    // A revoked newer decision does not take away an older one still valid.
    expect(certificationStatus([cert(4, "VALID", "2025-01-01", "2028-01-01"), cert(5, "REVOKED", "2026-06-01", "2029-06-01")], today)).toBe("CERTIFIED");
  });

  it("is EXPIRED the day after the last valid day, and when a replaced certificate's successor ran out too", () => {
    expect(certificationStatus([cert(3, "VALID", "2023-11-29", "2026-11-29")], today)).toBe("EXPIRED");
    expect(certificationStatus([cert(3, "SUPERSEDED", "2020-01-01", "2023-01-01"), cert(4, "VALID", "2022-01-01", "2025-01-01")], today)).toBe("EXPIRED");
  });

  it("is REVOKED when the latest 3★+ decision was revoked, even if an older one expired", () => {
    expect(certificationStatus([cert(4, "REVOKED", "2025-05-01", "2028-05-01")], today)).toBe("REVOKED");
    expect(certificationStatus([cert(3, "VALID", "2020-01-01", "2023-01-01"), cert(4, "REVOKED", "2024-01-01", "2027-01-01")], today)).toBe("REVOKED");
    // …but an expired decision taken after the revoked one says expired.
    expect(certificationStatus([cert(4, "REVOKED", "2019-01-01", "2022-01-01"), cert(3, "VALID", "2021-01-01", "2024-01-01")], today)).toBe("EXPIRED");
  });
});
