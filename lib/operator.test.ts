import { describe, expect, it } from "vitest";
import { DEMO_OPERATOR, operatorOf, operatorWarning } from "./operator";

const configured = {
  NODE_ENV: "production",
  OPERATOR_NAME: "Văn phòng Điều phối OCOP tỉnh",
  OPERATOR_NAME_EN: "Provincial OCOP Coordination Office",
  OPERATOR_ADDRESS: "Số 1 đường A, phường B",
  OPERATOR_EMAIL: "ocop@tinh.gov.vn",
  OPERATOR_PHONE: "+84 207 3 822 000",
};

describe("operatorOf", () => {
  it("names the operator in the page's language when an English name is set, and dials the phone as digits", () => {
    expect(operatorOf(configured, "en")).toEqual({
      name: "Provincial OCOP Coordination Office",
      nameLang: "en",
      address: "Số 1 đường A, phường B",
      email: "ocop@tinh.gov.vn",
      phone: "+84 207 3 822 000",
      phoneHref: "tel:+842073822000",
    });
    expect(operatorOf(configured, "vi")).toMatchObject({ name: "Văn phòng Điều phối OCOP tỉnh", nameLang: "vi" });
  });

  it("keeps the Vietnamese name on English pages when there is no English one, and shows no phone when none is set", () => {
    expect(operatorOf({ ...configured, OPERATOR_NAME_EN: undefined, OPERATOR_PHONE: " " }, "en")).toMatchObject({ name: "Văn phòng Điều phối OCOP tỉnh", nameLang: "vi", phone: null, phoneHref: null });
  });
});

describe("the demo's operator", () => {
  it("says it is illustrative in both languages", () => {
    const demo = { NODE_ENV: "development", OPERATOR_NAME: DEMO_OPERATOR.name, OPERATOR_ADDRESS: DEMO_OPERATOR.address, OPERATOR_EMAIL: DEMO_OPERATOR.email };
    expect(operatorOf(demo, "en")).toMatchObject({ name: "Site operator (illustrative)", nameLang: "en" });
    expect(operatorOf(demo, "vi")).toMatchObject({ name: "Đơn vị vận hành (minh họa)", nameLang: "vi" });
  });
});

describe("operatorWarning", () => {
  it("warns a production server that still names the demo's illustrative operator", () => {
    expect(operatorWarning({ ...configured, OPERATOR_EMAIL: DEMO_OPERATOR.email })).toMatch(/OPERATOR_/);
    expect(operatorWarning(configured)).toBeNull();
    expect(operatorWarning({ ...configured, NODE_ENV: "development", OPERATOR_NAME: DEMO_OPERATOR.name })).toBeNull();
  });
});
