import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

// The real catalogues, translated the way next-intl does, so the messages asserted are the ones users read.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
const redirects: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    redirects.push(url);
    throw new Error("NEXT_REDIRECT");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const { buttonAction, failureState, formAction, FormRefusal } = await import("./forms");

function post(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

beforeEach(() => {
  redirects.length = 0;
});

describe("failureState", () => {
  const ZForm = z.object({ name: z.string().trim().min(1), note: z.string().max(5), email: z.string().email("email"), stars: z.coerce.number().int().min(3, "stars") });

  it("puts each zod issue next to its field in the vocabulary of forms.json", async () => {
    const result = ZForm.safeParse({ name: " ", note: "too long", email: "nope", stars: "2" });
    const state = await failureState(result.error, "vi");
    expect(state.fieldErrors).toEqual({
      name: "Vui lòng điền mục này.",
      note: "Nội dung quá dài.",
      email: "Địa chỉ email không hợp lệ.",
      stars: "Số sao từ 3 đến 5.",
    });
    expect(state.formError).toBe("Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.");
  });

  it("reads a missing field as required, in English too", async () => {
    const state = await failureState(ZForm.safeParse({}).error, "en");
    expect(state.fieldErrors.name).toBe("Please fill in this field.");
  });

  it("shows what a domain error carries: its fields, and its reason filled with the details", async () => {
    const taken = await failureState(new AppError("CONFLICT", "gtin in use", { gtin: "gtinTaken" }), "en");
    expect(taken).toEqual({ fieldErrors: { gtin: "This GTIN is already used by another product." }, formError: "The data changed or already exists. Please reload and try again." });
    const stock = await failureState(new AppError("OUT_OF_STOCK", "not enough", { productId: "p1", reason: "outOfStock", name: "Chè Shan tuyết" }), "vi");
    expect(stock.fieldErrors).toEqual({});
    expect(stock.formError).toBe("Sản phẩm “Chè Shan tuyết” không còn đủ hàng. Đơn hàng chưa được tạo, giỏ hàng giữ nguyên.");
  });

  it("fills a field's message with the details too: the booths already taken are named next to the booth numbers", async () => {
    const taken = new AppError("CONFLICT", "booth numbers: TAKEN", { boothNumbers: "BOOTHS_TAKEN", reason: "BOOTHS_CHECK", numbers: "12", count: 1 });
    expect(await failureState(taken, "vi")).toEqual({ fieldErrors: { boothNumbers: "Gian 12 đã được phân cho đơn vị khác." }, formError: "Chưa lưu: xem lại số gian được đánh dấu." });
    expect((await failureState(taken, "en")).fieldErrors.boothNumbers).toBe("Booth 12 is already given to another exhibitor.");
  });

  it("throws anything that is not a validation or domain error (a bug is not a form message)", async () => {
    await expect(failureState(new TypeError("boom"), "vi")).rejects.toThrow("boom");
  });
});

describe("formAction", () => {
  it("keeps every posted value after an error, lists included, but never a password", async () => {
    const action = formAction(
      async () => {
        throw new AppError("VALIDATION", "bad", { productIds: "noProducts" });
      },
      { secret: ["password"] },
    );
    const state = await action(INITIAL_FORM_STATE, post({ locale: "en", stars: "5", productIds: ["a", "b"], password: "hunter22", $ACTION_ID_1: "x" }));
    expect(state.values).toEqual({ stars: "5", productIds: ["a", "b"] });
    expect(state.fieldErrors).toEqual({ productIds: "Choose at least one product." });
    expect(state.key).toBe(1);
    expect((await action(state, post({ locale: "en" }))).key).toBe(2);
  });

  it("confirms in the page's language and clears the form unless told to keep it", async () => {
    const cleared = await formAction(async () => ({ notice: "ideas.thanks" }))(INITIAL_FORM_STATE, post({ locale: "vi", title: "Mứt gừng" }));
    expect(cleared.values).toBeNull();
    expect(cleared.notice).toBeTruthy();
    const kept = await formAction(async () => ({ notice: "profile.saved", keep: true }))(INITIAL_FORM_STATE, post({ locale: "vi", name: "HTX" }));
    expect(kept.values).toEqual({ name: "HTX" });
  });

  it("redirects to the page in the language the form was posted from", async () => {
    const action = formAction(async () => ({ redirect: "/studio/products/p1?saved=1" }));
    await expect(action(INITIAL_FORM_STATE, post({ locale: "en" }))).rejects.toThrow("NEXT_REDIRECT");
    await expect(action(INITIAL_FORM_STATE, post({ locale: "vi" }))).rejects.toThrow("NEXT_REDIRECT");
    await expect(action(INITIAL_FORM_STATE, post({ locale: "xx" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects).toEqual(["/en/studio/products/p1?saved=1", "/studio/products/p1?saved=1", "/studio/products/p1?saved=1"]);
  });

  it("shows a refusal the action worded itself, keeps what was typed and replaces the version to check against", async () => {
    const action = formAction(async () => {
      throw new FormRefusal("Someone changed the price meanwhile", { priceVnd: "Changed meanwhile" }, { editVersion: "4" });
    });
    const state = await action(INITIAL_FORM_STATE, post({ locale: "en", priceVnd: "35.000", editVersion: "3" }));
    expect(state.formError).toBe("Someone changed the price meanwhile");
    expect(state.fieldErrors).toEqual({ priceVnd: "Changed meanwhile" });
    expect(state.values).toEqual({ priceVnd: "35.000", editVersion: "4" });
  });

  it("comes back from a step without JavaScript with everything typed and the choices that depend on it, after an error too", async () => {
    const communesOf: Record<string, { value: string; label: string }[]> = { "08": [{ value: "c1", label: "Việt Lâm" }] };
    const action = formAction(
      async (form) => {
        if (form.text("intent") === "province") return { again: true };
        throw new AppError("VALIDATION", "no commune", { communeId: "required" });
      },
      { choices: async (form) => ({ communeId: communesOf[form.text("provinceCode")] ?? [] }) },
    );
    const step = await action(INITIAL_FORM_STATE, post({ locale: "vi", intent: "province", provinceCode: "08", customerName: "Jane" }));
    expect(step.values).toEqual({ intent: "province", provinceCode: "08", customerName: "Jane" });
    expect(step.options).toEqual({ communeId: [{ value: "c1", label: "Việt Lâm" }] });
    expect(step.formError).toBeNull();
    const refused = await action(step, post({ locale: "vi", provinceCode: "08", customerName: "Jane" }));
    expect(refused.fieldErrors).toEqual({ communeId: "Vui lòng điền mục này." });
    expect(refused.options).toEqual({ communeId: [{ value: "c1", label: "Việt Lâm" }] });
    expect(refused.key).toBe(step.key + 1);
  });
});

describe("buttonAction", () => {
  it("answers a record it may not find — gone, or outside the officer's region (a forged id) — as not found, not as an error page", async () => {
    const refused = buttonAction(async () => {
      throw new AppError("NOT_FOUND");
    });
    await expect(refused(post({ locale: "vi", id: "another-communes-record" }))).rejects.toThrow("NEXT_NOT_FOUND");
    expect(redirects).toEqual([]);
  });

  it("throws any other failure on, and redirects where the action says once it is done", async () => {
    const broken = buttonAction(async () => {
      throw new AppError("CONFLICT");
    });
    await expect(broken(post({ locale: "vi" }))).rejects.toThrow(AppError);
    const done = buttonAction(async () => "/admin/producers");
    await expect(done(post({ locale: "en" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects).toEqual(["/en/admin/producers"]);
  });
});
