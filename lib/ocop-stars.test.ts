import { describe, expect, it } from "vitest";
import { certificateState, expiryWarning, pickBadge, type CertificateFacts } from "./ocop-stars";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cert = (over: Partial<CertificateFacts>): CertificateFacts => ({
  stars: 3,
  status: "VALID",
  decisionDate: d("2025-01-10"),
  validUntil: d("2028-01-10"),
  ...over,
});

describe("validity on a day", () => {
  it("is valid through the last day and expired the day after", () => {
    const c = cert({ validUntil: d("2026-11-28") });
    expect(certificateState(c, d("2026-11-28"))).toBe("VALID");
    expect(certificateState(c, d("2026-11-29"))).toBe("EXPIRED");
  });
  it("compares calendar days in UTC, ignoring the time of day", () => {
    const c = cert({ validUntil: d("2026-11-28") });
    expect(certificateState(c, new Date("2026-11-28T23:59:59Z"))).toBe("VALID");
    expect(certificateState(c, new Date("2026-11-29T00:00:00Z"))).toBe("EXPIRED");
  });
  it("keeps revoked and superseded whatever the date", () => {
    expect(certificateState(cert({ status: "REVOKED" }), d("2025-06-01"))).toBe("REVOKED");
    expect(certificateState(cert({ status: "SUPERSEDED" }), d("2025-06-01"))).toBe("SUPERSEDED");
  });
});

describe("badge", () => {
  const today = d("2026-11-28");
  it("shows the highest valid certificate of 3 stars or more", () => {
    const three = cert({ stars: 3 });
    const four = cert({ stars: 4, decisionDate: d("2025-06-01"), validUntil: d("2028-06-01") });
    expect(pickBadge([three, four], today)).toBe(four);
  });
  it("ignores expired, revoked, superseded and sub-3-star certificates", () => {
    expect(
      pickBadge(
        [
          cert({ stars: 5, validUntil: d("2026-11-27") }),
          cert({ stars: 4, status: "REVOKED" }),
          cert({ stars: 4, status: "SUPERSEDED" }),
          cert({ stars: 2 }),
        ],
        today,
      ),
    ).toBeNull();
  });
  it("prefers the latest decision among equal stars", () => {
    const older = cert({ decisionDate: d("2024-01-01"), validUntil: d("2027-01-01") });
    const newer = cert({ decisionDate: d("2025-05-05"), validUntil: d("2028-05-05") });
    expect(pickBadge([older, newer], today)).toBe(newer);
    expect(pickBadge([newer, older], today)).toBe(newer);
  });
  it("falls back to a lower valid certificate when the higher one has expired", () => {
    const expiredFive = cert({ stars: 5, validUntil: d("2026-11-27") });
    const validThree = cert({ stars: 3 });
    expect(pickBadge([expiredFive, validThree], today)).toBe(validThree);
    expect(pickBadge([], today)).toBeNull();
  });
});

describe("expiry warnings", () => {
  const today = d("2026-11-28");
  it("warns at 90 and 30 days and says when expired", () => {
    expect(expiryWarning(cert({ validUntil: d("2027-03-01") }), today)).toBeNull();
    expect(expiryWarning(cert({ validUntil: d("2027-02-26") }), today)).toBe(90);
    expect(expiryWarning(cert({ validUntil: d("2026-12-28") }), today)).toBe(30);
    expect(expiryWarning(cert({ validUntil: d("2026-11-27") }), today)).toBe("EXPIRED");
  });
  it("switches bands exactly at 91, 90, 31, 30 and 0 days", () => {
    expect(expiryWarning(cert({ validUntil: d("2027-02-27") }), today)).toBeNull(); // 91 days
    expect(expiryWarning(cert({ validUntil: d("2027-02-26") }), today)).toBe(90); // 90 days
    expect(expiryWarning(cert({ validUntil: d("2026-12-29") }), today)).toBe(90); // 31 days
    expect(expiryWarning(cert({ validUntil: d("2026-12-28") }), today)).toBe(30); // 30 days
    expect(expiryWarning(cert({ validUntil: today }), today)).toBe(30); // last valid day
  });
  it("does not warn about revoked or superseded certificates", () => {
    expect(expiryWarning(cert({ status: "REVOKED", validUntil: d("2026-12-01") }), today)).toBeNull();
    expect(expiryWarning(cert({ status: "SUPERSEDED", validUntil: d("2026-01-01") }), today)).toBeNull();
  });
});
