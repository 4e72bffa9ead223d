import { describe, expect, it } from "vitest";
import { buildProducerSearchText, buildProductSearchText, joinFolded } from "./search-text";

describe("buildProductSearchText", () => {
  const input = {
    nameVi: "Chè Shan tuyết cổ thụ Cao Bồ",
    nameEn: "Cao Bo Ancient Shan Tuyet Tea",
    producerName: "Hợp tác xã Chè Shan tuyết Cao Bồ",
    communeName: "Cao Bồ",
    groupLabels: ["Thực phẩm", "Food"],
    subgroupName: "Chè và sản phẩm từ chè",
    keywords: ["Đặc sản Hà Giang"],
  };

  it("folds to lower-case ASCII with the product name first", () => {
    const text = buildProductSearchText(input);
    expect(text.startsWith("che shan tuyet co thu cao bo cao bo ancient shan tuyet tea")).toBe(true);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toBe(text.toLowerCase());
  });

  it("includes producer, commune, group labels, subgroup and keywords (đ folded to d)", () => {
    const text = buildProductSearchText(input);
    for (const part of ["hop tac xa che shan tuyet cao bo", "thuc pham", "food", "che va san pham tu che", "dac san ha giang"]) {
      expect(text).toContain(part);
    }
  });

  it("skips missing parts and repeats, with single spaces", () => {
    const text = buildProductSearchText({
      nameVi: "  Chổi  chít   Việt Lâm ",
      nameEn: null,
      producerName: "HTX Chổi chít Việt Lâm",
      communeName: "Việt Lâm",
      groupLabels: ["Thủ công mỹ nghệ", "", "Handicrafts"],
      subgroupName: undefined,
    });
    expect(text).toBe("choi chit viet lam htx choi chit viet lam thu cong my nghe handicrafts");
  });
});

describe("buildProducerSearchText", () => {
  it("folds name, commune, areas and legal form", () => {
    const text = buildProducerSearchText({
      name: "Hợp tác xã Chổi chít Việt Lâm",
      communeName: "Việt Lâm",
      areaNames: ["Vị Xuyên", "Hà Giang", null],
      legalFormLabel: "Hợp tác xã",
      representative: "Đỗ Thị Hường",
    });
    expect(text).toBe("hop tac xa choi chit viet lam vi xuyen ha giang do thi huong");
  });
});

describe("joinFolded", () => {
  it("returns an empty string for nothing", () => {
    expect(joinFolded([null, undefined, "", "   "])).toBe("");
  });
});
