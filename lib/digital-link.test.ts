import { describe, expect, it } from "vitest";
import { buildDigitalLink, parseDigitalLink } from "./digital-link";

const BASE = "https://ocop.example.vn";

describe("GS1 Digital Link", () => {
  it("pads GTIN-8/12/13 to 14 digits and orders qualifiers 22, 10, 21", () => {
    expect(buildDigitalLink(BASE, { gtin: "8934588012228", serial: "S1", lot: "L1", cpv: "2" })).toBe(
      `${BASE}/01/08934588012228/22/2/10/L1/21/S1`,
    );
    expect(buildDigitalLink(BASE, { gtin: "96385074" })).toBe(`${BASE}/01/00000096385074`);
    expect(buildDigitalLink(BASE, { gtin: "036000291452", lot: "A" })).toBe(`${BASE}/01/00036000291452/10/A`);
  });

  it("percent-encodes values and round-trips them", () => {
    const url = buildDigitalLink(BASE, { gtin: "8934588012228", lot: "A/B 1%", attributes: { "17": "271231" } });
    expect(url).toBe(`${BASE}/01/08934588012228/10/A%2FB%201%25?17=271231`);
    const parsed = new URL(url);
    expect(parseDigitalLink(parsed.pathname, parsed.searchParams)).toEqual({
      ok: true,
      gtin14: "08934588012228",
      lot: "A/B 1%",
      attributes: { "17": "271231" },
    });
  });

  it("accepts GTIN-8, 12 and 14 in the path, padded to 14 digits", () => {
    expect(parseDigitalLink("/01/96385074")).toEqual({ ok: true, gtin14: "00000096385074", attributes: {} });
    expect(parseDigitalLink("/01/036000291452/21/7")).toEqual({ ok: true, gtin14: "00036000291452", serial: "7", attributes: {} });
    expect(parseDigitalLink("/01/18934588012225/22/V2/10/L/21/S")).toEqual({
      ok: true,
      gtin14: "18934588012225",
      cpv: "V2",
      lot: "L",
      serial: "S",
      attributes: {},
    });
  });

  it("keeps date, end-of-month date and net weight attributes", () => {
    const parsed = parseDigitalLink("/01/8934588012228", new URLSearchParams("17=271200&11=250101&3103=000250"));
    expect(parsed).toEqual({ ok: true, gtin14: "08934588012228", attributes: { "17": "271200", "11": "250101", "3103": "000250" } });
  });

  it("accepts a path prefix and ignores non-GS1 query keys", () => {
    const parsed = parseDigitalLink("/gs1/01/8934588012228/10/VX-01", new URLSearchParams("utm_source=label&17=270101"));
    expect(parsed).toMatchObject({ ok: true, gtin14: "08934588012228", lot: "VX-01", attributes: { "17": "270101" } });
  });

  it("reports what is wrong with a malformed link", () => {
    expect(parseDigitalLink("/01/8934588012229/10/X")).toEqual({ ok: false, error: "BAD_CHECK_DIGIT" });
    expect(parseDigitalLink("/01/12345/10/X")).toEqual({ ok: false, error: "INVALID_GTIN" });
    expect(parseDigitalLink("/01/8934588012228/21/S/10/L")).toEqual({ ok: false, error: "BAD_QUALIFIER_ORDER" });
    expect(parseDigitalLink("/01/8934588012228/10/L/10/M")).toEqual({ ok: false, error: "BAD_QUALIFIER_ORDER" });
    expect(parseDigitalLink("/01/8934588012228/10")).toEqual({ ok: false, error: "MALFORMED" });
    expect(parseDigitalLink("/01/8934588012228/99/x")).toEqual({ ok: false, error: "MALFORMED" });
    expect(parseDigitalLink("/01/8934588012228", new URLSearchParams("17=2712"))).toEqual({ ok: false, error: "BAD_ATTRIBUTE" });
    expect(parseDigitalLink("/01/8934588012228", new URLSearchParams("17=271331"))).toEqual({ ok: false, error: "BAD_ATTRIBUTE" });
    expect(parseDigitalLink("/01/8934588012228", new URLSearchParams("99=1"))).toEqual({ ok: false, error: "BAD_ATTRIBUTE" });
    expect(parseDigitalLink(`/01/8934588012228/10/${"L".repeat(21)}`)).toEqual({ ok: false, error: "MALFORMED" });
    expect(parseDigitalLink("/01/8934588012228/10/%E0%A4%A")).toEqual({ ok: false, error: "MALFORMED" });
    expect(parseDigitalLink("/products/8934588012228")).toEqual({ ok: false, error: "MALFORMED" });
  });

  it("refuses to build a link for an invalid GTIN", () => {
    expect(() => buildDigitalLink(BASE, { gtin: "8934588012229" })).toThrow(RangeError);
    expect(() => buildDigitalLink(BASE, { gtin: "8934588012228", lot: "L".repeat(21) })).toThrow(RangeError);
    expect(buildDigitalLink(BASE, { gtin: "8934588012228", lot: "L".repeat(20) })).toBe(`${BASE}/01/08934588012228/10/${"L".repeat(20)}`);
  });
});
