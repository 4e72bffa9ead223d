import { describe, expect, it } from "vitest";
import { mapSearchUrl } from "./map-link";

describe("mapSearchUrl", () => {
  it("searches Google Maps for the venue, its address and the province, encoded as one query", () => {
    const url = new URL(mapSearchUrl({ venue: "Quảng trường 26/3", address: "Đường Nguyễn Trãi, phường Hà Giang 1", province: "Tuyên Quang" }));
    expect(url.origin + url.pathname).toBe("https://www.google.com/maps/search/");
    expect(url.searchParams.get("api")).toBe("1");
    expect(url.searchParams.get("query")).toBe("Quảng trường 26/3, Đường Nguyễn Trãi, phường Hà Giang 1, Tuyên Quang");
  });

  it("leaves out an empty address and a province the venue already names", () => {
    const url = new URL(mapSearchUrl({ venue: "Nhà văn hóa xã Việt Lâm, Tuyên Quang", address: "  ", province: "Tuyên Quang" }));
    expect(url.searchParams.get("query")).toBe("Nhà văn hóa xã Việt Lâm, Tuyên Quang");
  });

  it("keeps characters that would break a URL inside the query", () => {
    const url = mapSearchUrl({ venue: "Sân A & B #2", province: "Hà Nội" });
    expect(url).toContain("query=S%C3%A2n%20A%20%26%20B%20%232%2C%20H%C3%A0%20N%E1%BB%99i");
  });
});
