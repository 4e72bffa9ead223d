import { describe, expect, it } from "vitest";
import { csvChunks, toCsv } from "./csv";

const columns = [
  { key: "name", header: "Tên" },
  { key: "total", header: "Tổng" },
] as const;

describe("toCsv", () => {
  it("writes a header, CRLF line ends and a UTF-8 BOM", () => {
    expect(toCsv([{ name: "Chè", total: 150000 }], [...columns])).toBe("\uFEFFTên,Tổng\r\nChè,150000\r\n");
  });

  it("quotes commas, quotes and line breaks", () => {
    const csv = toCsv([{ name: 'Chè "cổ thụ", hộp\n200 g', total: 1 }], [...columns], { bom: false });
    expect(csv).toBe('Tên,Tổng\r\n"Chè ""cổ thụ"", hộp\n200 g",1\r\n');
  });

  it("defuses formulas in text cells but keeps negative numbers", () => {
    const csv = toCsv([{ name: "=HYPERLINK(\"x\")", total: -5 }], [...columns], { bom: false });
    expect(csv.split("\r\n")[1]).toBe("\"'=HYPERLINK(\"\"x\"\")\",-5");
  });

  it("defuses every formula trigger, including ones hidden by quoting", () => {
    const cells = ["+1+2", "-2+3", "@SUM(A1)", "=1,2"].map((name) => toCsv([{ name }], [columns[0]], { bom: false }).split("\r\n")[1]);
    expect(cells).toEqual(["'+1+2", "'-2+3", "'@SUM(A1)", "\"'=1,2\""]);
    expect(toCsv([{ name: "a=b" }], [columns[0]], { bom: false })).toBe("Tên\r\na=b\r\n");
  });

  it("leaves empty cells for missing values", () => {
    expect(toCsv([{ name: null }], [...columns], { bom: false })).toBe("Tên,Tổng\r\n,\r\n");
  });
});

describe("csvChunks", () => {
  it("streams the same text toCsv builds, batch by batch", async () => {
    async function* batches() {
      yield [{ name: "Chè, hộp", total: 1 }];
      yield [];
      yield [{ name: "=x", total: 2 }, { name: null, total: 3 }];
    }
    let text = "";
    for await (const chunk of csvChunks(batches(), [...columns])) text += chunk;
    expect(text).toBe(toCsv([{ name: "Chè, hộp", total: 1 }, { name: "=x", total: 2 }, { name: null, total: 3 }], [...columns]));
  });
});

describe("text Excel must not turn into a number", () => {
  it("keeps a phone's leading zero and refuses to carry a formula", () => {
    const csv = toCsv([{ phone: { excelText: "0912 345 678" } }, { phone: { excelText: "=HYPERLINK(\"x\")" } }], [{ key: "phone", header: "Phone" }], { bom: false });
    expect(csv.split("\r\n")[1]).toBe('"=""0912 345 678"""');
    expect(csv.split("\r\n")[2]).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
