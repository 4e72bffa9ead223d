import { describe, expect, it } from "vitest";
import { englishIndicator, englishName, englishUnit, inLocale } from "./vocabulary";

describe("englishName", () => {
  it("translates legal forms and issuing bodies, keeping the proper name", () => {
    expect(englishName("Hợp tác xã Trà Pèng")).toBe("Trà Pèng Cooperative");
    expect(englishName("Hộ kinh doanh Chè Tùng Bá")).toBe("Chè Tùng Bá (household business)");
    expect(englishName("Công ty TNHH Chè Vị Xuyên")).toBe("Chè Vị Xuyên Co., Ltd.");
    expect(englishName("Công ty Cổ phần Thực phẩm Hà Giang Xanh")).toBe("Thực phẩm Hà Giang Xanh Joint Stock Company");
    expect(englishName("Tổ hợp tác Chè Shan tuyết Lao Chải")).toBe("Chè Shan tuyết Lao Chải Cooperative Group");
    expect(englishName("UBND tỉnh Tuyên Quang")).toBe("People's Committee of Tuyên Quang Province");
    expect(englishName("UBND huyện Vị Xuyên")).toBe("People's Committee of Vị Xuyên District");
  });

  it("leaves a name it does not recognise as it is", () => {
    expect(englishName("Nguyễn Văn A")).toBe("Nguyễn Văn A");
  });
});

describe("englishUnit and englishIndicator", () => {
  it("translate the container and the indicator, not the quantity or the substance", () => {
    expect(englishUnit("hộp 100 g")).toBe("box 100 g");
    expect(englishUnit("chai 500 ml")).toBe("bottle 500 ml");
    expect(englishUnit("kg")).toBe("kg");
    expect(englishIndicator("Dư lượng Cypermethrin")).toBe("Cypermethrin residue");
    expect(englishIndicator("Độ ẩm")).toBe("Moisture");
    expect(englishIndicator("Chì (Pb)")).toBe("Lead (Pb)");
    expect(englishIndicator("Salmonella")).toBe("Salmonella");
  });

  it("apply only to English pages", () => {
    expect(inLocale("vi", "hộp 100 g", englishUnit)).toBe("hộp 100 g");
    expect(inLocale("en", "hộp 100 g", englishUnit)).toBe("box 100 g");
  });
});
