import { describe, expect, it } from "vitest";
import { buildVietQrPayload, crc16CcittFalse, parseTlv, toTransferNote, VietQrError } from "./vietqr";

// An independent, bit-by-bit CRC written from the definition, to check the payload's checksum.
function referenceCrc(text: string): string {
  let crc = 0xffff;
  for (const ch of text) {
    for (let bit = 7; bit >= 0; bit--) {
      const inBit = (ch.charCodeAt(0) >> bit) & 1;
      const top = (crc >> 15) & 1;
      crc = (crc << 1) & 0xffff;
      if (top ^ inBit) crc ^= 0x1021;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

describe("CRC-16/CCITT-FALSE", () => {
  it("has the catalogue check value for 123456789", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1");
    expect(referenceCrc("123456789")).toBe("29B1");
  });
});

describe("VietQR payload", () => {
  it("matches a dynamic transfer written field by field from the spec", () => {
    const body =
      "000201" + // payload format indicator
      "010212" + // dynamic QR
      "3857" + // merchant account information, 57 characters:
      "0010A000000727" + //   NAPAS AID
      "0127" + //   beneficiary organisation, 27 characters:
      "0006970436" + //     bank BIN (Vietcombank)
      "01130011000123456" + //     account number, 13 characters
      "0208QRIBFTTA" + //   service: transfer to account
      "5303704" + // currency VND
      "5406150000" + // amount
      "5802VN" + // country
      "6215" + // additional data, 15 characters:
      "0811OCOP AB12CD" + //   purpose of transaction (08), 11 characters
      "6304";
    const expected = body + referenceCrc(body);
    expect(buildVietQrPayload({ bankBin: "970436", accountNumber: "0011000123456", amountVnd: 150000, note: "OCOP AB12CD" })).toBe(expected);
  });

  it("matches a static QR without amount or note", () => {
    const body =
      "000201" +
      "010211" + // static QR: the payer types the amount
      "3854" +
      "0010A000000727" +
      "0124" +
      "0006970415" + // bank BIN (VietinBank)
      "01101133556666" + // account number, 10 characters
      "0208QRIBFTTA" +
      "5303704" +
      "5802VN" +
      "6304";
    expect(buildVietQrPayload({ bankBin: "970415", accountNumber: "1133556666" })).toBe(body + referenceCrc(body));
  });

  it("puts the note under 62/08 folded to ASCII and at most 25 characters", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "123", amountVnd: 1, note: "Đơn hàng chè Shan tuyết số 12345-67890" });
    const additional = parseTlv(parseTlv(payload).get("62")!);
    expect(additional.get("08")).toBe("DON HANG CHE SHAN TUYET S");
    expect(additional.has("07")).toBe(false);
    expect(toTransferNote("Chổi chít")).toBe("CHOI CHIT");
  });

  it("ends with a checksum over everything before it", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0011000123456", amountVnd: 99000 });
    expect(payload.slice(-8, -4)).toBe("6304");
    expect(payload.slice(-4)).toBe(referenceCrc(payload.slice(0, -4)));
  });

  it("reads TLV fields and refuses truncated or corrupted ones", () => {
    expect([...parseTlv("000201" + "5802VN")]).toEqual([
      ["00", "01"],
      ["58", "VN"],
    ]);
    expect(() => parseTlv("5805VN")).toThrow(VietQrError);
    expect(() => parseTlv("58 2VN")).toThrow(VietQrError);
    expect(() => parseTlv("5")).toThrow(VietQrError);
  });

  it("refuses bad bank data and amounts", () => {
    expect(() => buildVietQrPayload({ bankBin: "97043", accountNumber: "1" })).toThrow(VietQrError);
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1".repeat(20) })).toThrow(VietQrError);
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amountVnd: 10.5 })).toThrow(VietQrError);
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amountVnd: 0 })).toThrow(VietQrError);
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amountVnd: 10_000_000_000_000 })).toThrow(VietQrError);
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "001-100" })).toThrow(VietQrError);
  });
});
