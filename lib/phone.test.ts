import { describe, expect, it } from "vitest";
import { parsePhone, phoneDigits } from "./phone";

describe("phone numbers", () => {
  it("accepts Vietnamese mobiles and landlines written the usual ways and compares them by digits", () => {
    expect(parsePhone("0912345678")?.digits).toBe("0912345678");
    expect(parsePhone("0912 345 678")?.digits).toBe("0912345678");
    expect(parsePhone("+84 912 345 678")?.digits).toBe("0912345678");
    expect(parsePhone("0084912345678")?.digits).toBe("0912345678");
    // A Hà Giang landline: area code 219, 11 digits with the leading 0.
    expect(parsePhone("0219 3812 345")?.digits).toBe("02193812345");
  });

  it("accepts a tourist's number with its country code", () => {
    expect(parsePhone("+44 7911 123456")?.digits).toBe("+447911123456");
    expect(parsePhone("+1 415 555 2671")?.digits).toBe("+14155552671");
  });

  it("refuses what cannot be dialled", () => {
    expect(parsePhone("")).toBeNull();
    expect(parsePhone("abc")).toBeNull();
    // 15 digits: the old form accepted it.
    expect(parsePhone("091234567891234")).toBeNull();
    // Too short for a Vietnamese mobile, and 01x prefixes were retired in 2018.
    expect(parsePhone("091234567")).toBeNull();
    expect(phoneDigits("01234567890")).toBeNull();
  });
});
