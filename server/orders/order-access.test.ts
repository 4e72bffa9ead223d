import { beforeAll, describe, expect, it } from "vitest";
import { hasOrderAccess, issueOrderAccess } from "./order-access";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "unit-test-secret";
});

describe("order access token", () => {
  it("opens the order it was issued for, until it expires", () => {
    const now = Date.parse("2026-11-28T10:00:00Z");
    const token = issueOrderAccess("ABCDE-FGHJK", now);
    expect(hasOrderAccess(token, "ABCDE-FGHJK", now)).toBe(true);
    expect(hasOrderAccess(token, "ABCDE-FGHJM", now)).toBe(false);
    expect(hasOrderAccess(token, "ABCDE-FGHJK", now + 2 * 3600_000)).toBe(false);
  });

  it("refuses a forged or altered token", () => {
    const token = issueOrderAccess("ABCDE-FGHJK");
    const [code, expires] = token.split(".");
    expect(hasOrderAccess(`${code}.${Number(expires) + 99999}.${token.split(".")[2]}`, "ABCDE-FGHJK")).toBe(false);
    expect(hasOrderAccess(`${code}.${expires}.AAAA`, "ABCDE-FGHJK")).toBe(false);
    expect(hasOrderAccess(undefined, "ABCDE-FGHJK")).toBe(false);
  });
});
