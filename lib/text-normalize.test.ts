import { describe, expect, it } from "vitest";
import { normalizeLotCode, normalizeText } from "./text-normalize";

describe("normalizeText", () => {
  it("turns CRLF and lone CR line breaks into LF", () => {
    expect(normalizeText("Dòng 1\r\nDòng 2\rDòng 3\n")).toBe("Dòng 1\nDòng 2\nDòng 3\n");
  });
  it("composes decomposed Vietnamese letters so equal words compare equal", () => {
    const decomposed = "Vie\u0323\u0302t";
    expect(decomposed).not.toBe("Việt");
    expect(normalizeText(decomposed)).toBe("Việt");
  });
});

describe("normalizeLotCode", () => {
  it("makes ' cc2603 ' and 'CC2603' one lot", () => {
    expect(normalizeLotCode(" cc2603 ")).toBe("CC2603");
    expect(normalizeLotCode("CC2603")).toBe("CC2603");
  });
});
