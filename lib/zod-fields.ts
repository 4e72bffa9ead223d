/**
 * Form fields that need the same reading everywhere they appear: free text (line endings and Unicode
 * normalised), money in đồng typed the Vietnamese way, GTINs stored as 14 digits, lot codes, phone
 * numbers and calendar days that cannot lie in the future. Messages are keys of
 * messages/<locale>/forms.json.
 */
import { z } from "zod";
import { dateToDay, today } from "./clock";
import { zDay } from "./day-schema";
import { isValidGtin, normalizeGtin14 } from "./gtin";
import { parseVndInput } from "./money-input";
import { vietnamesePhoneDigits } from "./phone";
import { normalizeLotCode, normalizeText } from "./text-normalize";

/** Required text: LF line breaks, NFC, trimmed. */
export const textField = (max: number, min = 1) => z.string({ message: "required" }).overwrite(normalizeText).trim().min(min, "required").max(max, "tooLong");

/** Text that may be left empty (empty is stored as ""). */
export const plainTextField = (max: number) => z.string().overwrite(normalizeText).trim().max(max, "tooLong").default("");

/** Text that may be left empty (empty is stored as null). */
export const optionalTextField = (max: number) =>
  z
    .string()
    .overwrite(normalizeText)
    .trim()
    .max(max, "tooLong")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

/** An amount in đồng, from a number or from text such as "35.000" (lib/money-input.ts). */
export const vndField = ({ allowZero = false, max = 1_000_000_000 }: { allowZero?: boolean; max?: number } = {}) =>
  z.union([z.number(), z.string()], { message: "moneyRequired" }).transform((input, ctx) => {
    const parsed =
      typeof input === "number"
        ? Number.isInteger(input) && input >= (allowZero ? 0 : 1) && input <= max
          ? ({ ok: true, value: input } as const)
          : ({ ok: false, error: "moneyFormat" } as const)
        : parseVndInput(input, { allowZero, max });
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });

/**
 * An amount in đồng that may be left empty (stored as null): a fee or threshold the producer need not
 * set. Above `max` it is refused with `tooLarge`, a message that names the bound.
 */
export const optionalVndField = ({ allowZero = false, max, tooLarge }: { allowZero?: boolean; max: number; tooLarge: string }) =>
  z
    .union([z.number(), z.string()])
    .nullish()
    .transform((input, ctx) => {
      if (input == null || (typeof input === "string" && input.trim() === "")) return null;
      const parsed =
        typeof input === "number"
          ? Number.isInteger(input) && input >= (allowZero ? 0 : 1)
            ? input <= max ? ({ ok: true, value: input } as const) : ({ ok: false, error: "moneyTooLarge" } as const)
            : ({ ok: false, error: "moneyFormat" } as const)
          : parseVndInput(input, { allowZero, max });
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error === "moneyTooLarge" ? tooLarge : parsed.error });
        return z.NEVER;
      }
      return parsed.value;
    });

/** Heaviest unit a listing may weigh: a 50 kg sack of rice, with room to spare. */
export const MAX_WEIGHT_GRAMS = 100_000;

/**
 * A unit's weight in whole grams, may be left empty (null: not counted in delivery fees). Typed as
 * people write numbers here, "1200" or "1.200" (thousands dots); "1,2" is refused, since it reads as
 * kilograms to some and grams to others.
 */
export const optionalWeightGramsField = () =>
  z
    .union([z.number(), z.string()])
    .nullish()
    .transform((input, ctx) => {
      if (input == null) return null;
      const text = String(input).normalize("NFC").trim().replace(/\s*(g|gam|gram)$/iu, "");
      if (text === "") return null;
      const digits = /^\d+$/.test(text) ? text : /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replaceAll(".", "") : null;
      const grams = digits === null ? NaN : Number(digits);
      if (!Number.isInteger(grams) || grams < 1 || grams > MAX_WEIGHT_GRAMS) {
        ctx.addIssue({ code: "custom", message: "weightGrams" });
        return z.NEVER;
      }
      return grams;
    });

/** An optional GTIN-8/12/13/14 (spaces allowed as printed under barcodes), stored as GTIN-14. */
export const gtinField = () =>
  z
    .string()
    .transform((v) => v.replace(/[\s\u00a0]/g, ""))
    .refine((v) => v === "" || isValidGtin(v), "gtin")
    .transform((v) => (v === "" ? null : normalizeGtin14(v)))
    .nullable()
    .optional();

/** A lot code as printed on packages: trimmed, upper-cased, letters, digits and - . _ / only. */
export const lotCodeField = () =>
  z
    .string({ message: "required" })
    .transform(normalizeLotCode)
    .pipe(z.string().min(1, { message: "required", abort: true }).max(20, "tooLong").regex(/^[A-Z0-9\-._/]+$/, "lotCode"));

/** An optional Vietnamese phone number, stored in its national form ("0912345678"). */
export const optionalPhoneField = () =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const phone = vietnamesePhoneDigits(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phoneVietnamese" });
        return z.NEVER;
      }
      return phone;
    })
    .nullable()
    .optional();

/** A calendar day posted as "YYYY-MM-DD", as the Date a `@db.Date` column stores. */
export const dayField = () => zDay;

/** A day on which something already happened: today in Vietnam at the latest (lib/clock). */
export const pastDayField = () => dayField().refine((date) => dateToDay(date) <= today(), "futureDate");
