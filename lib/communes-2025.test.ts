import { describe, expect, it } from "vitest";
import { OFFICIAL_COMMUNES, splitCommuneName } from "./communes-2025";
import { PROVINCES } from "./delivery-estimate";

describe("the official communes of 2025 (lib/data/communes-2025.json)", () => {
  it("has the 3,321 communes of the reform, each with a unique 5-digit code, in one of the 34 provinces, every province with its own", () => {
    expect(OFFICIAL_COMMUNES).toHaveLength(3321);
    expect(OFFICIAL_COMMUNES.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
    expect(new Set(OFFICIAL_COMMUNES.map((c) => c.code)).size).toBe(3321);
    const provinceCodes = new Set(PROVINCES.map((p) => p.code));
    expect(OFFICIAL_COMMUNES.filter((c) => !provinceCodes.has(c.provinceCode))).toEqual([]);
    const perProvince = new Map<string, number>();
    for (const c of OFFICIAL_COMMUNES) perProvince.set(c.provinceCode, (perProvince.get(c.provinceCode) ?? 0) + 1);
    expect([...perProvince.keys()].sort()).toEqual([...provinceCodes].sort());
    // Two figures of the resolutions: Hà Nội has 126 units (51 wards, 75 communes), Tuyên Quang 124.
    expect(perProvince.get("01")).toBe(126);
    expect(perProvince.get("08")).toBe(124);
  });

  it("writes each name with its kind: 2,611 communes, 697 wards and the 13 special zones", () => {
    const count = (kind: string) => OFFICIAL_COMMUNES.filter((c) => c.kind === kind).length;
    expect([count("XA"), count("PHUONG"), count("DAC_KHU")]).toEqual([2611, 697, 13]);
    expect(OFFICIAL_COMMUNES.filter((c) => c.provinceCode === "01" && c.kind === "PHUONG")).toHaveLength(51);
  });

  it("knows Tuyên Quang's Việt Lâm, Hà Nội's Hoàn Kiếm and Côn Đảo, a special zone of Hồ Chí Minh City", () => {
    const named = (provinceCode: string, fullName: string) => OFFICIAL_COMMUNES.find((c) => c.provinceCode === provinceCode && c.fullName === fullName);
    expect(named("08", "Xã Việt Lâm")).toMatchObject({ code: "00967", kind: "XA", name: "Việt Lâm" });
    expect(named("01", "Phường Hoàn Kiếm")).toMatchObject({ code: "00070", kind: "PHUONG", name: "Hoàn Kiếm" });
    expect(named("79", "Đặc khu Côn Đảo")).toMatchObject({ kind: "DAC_KHU", name: "Côn Đảo" });
  });

  it("names no two communes of a province alike once the kind is set aside (the picker shows the name alone)", () => {
    const seen = new Set<string>();
    const repeated = OFFICIAL_COMMUNES.filter((c) => {
      const key = `${c.provinceCode} ${c.name}`;
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated).toEqual([]);
  });

  it("splits a name into its kind and the name", () => {
    expect(splitCommuneName("Phường Ba Đình")).toEqual({ kind: "PHUONG", name: "Ba Đình" });
    expect(splitCommuneName("Đặc khu Phú Quốc")).toEqual({ kind: "DAC_KHU", name: "Phú Quốc" });
    expect(splitCommuneName("Thị trấn Vị Xuyên")).toBeNull();
  });
});
