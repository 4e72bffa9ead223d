import { describe, expect, it } from "vitest";
import { foldText, slugify } from "./text-fold";

describe("foldText", () => {
  it("removes Vietnamese tone and vowel marks and lower-cases", () => {
    expect(foldText("Chè Shan Tuyết Cao Bồ")).toBe("che shan tuyet cao bo");
    expect(foldText("CHÈ SHAN")).toBe("che shan");
    expect(foldText("Mật ong hoa bạc hà")).toBe("mat ong hoa bac ha");
  });

  it("maps đ and Đ to d, which Unicode decomposition does not", () => {
    expect(foldText("Chổi chít Việt Lâm Đ")).toBe("choi chit viet lam d");
    expect(foldText("Đồng Văn")).toBe("dong van");
    expect(foldText("Mật ong hoa bạc hà Đồng Văn")).toBe("mat ong hoa bac ha dong van");
    expect("đ".normalize("NFD")).toBe("đ");
  });

  it("collapses white space", () => {
    expect(foldText("  thảo   quả\n Hà Giang ")).toBe("thao qua ha giang");
  });
});

describe("slugify", () => {
  it("joins folded words with hyphens", () => {
    expect(slugify("Chè Shan tuyết cổ thụ – Cao Bồ (200 g)")).toBe("che-shan-tuyet-co-thu-cao-bo-200-g");
  });

  it("stays within 80 characters without a trailing hyphen", () => {
    const slug = slugify("Chè ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
