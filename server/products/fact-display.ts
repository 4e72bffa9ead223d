import "server-only";
import { getTranslations } from "next-intl/server";
import { formatNumber, formatVnd } from "@/lib/format";
import { OCOP_GROUPS, type OcopGroupCode } from "@/lib/ocop-groups";
import { PUBLIC_FIELDS } from "./schemas";
import { listSubgroups } from "./studio-queries";

export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** Each public fact under the label the product form gives it. */
const FORM_LABEL = {
  nameVi: "nameVi",
  nameEn: "nameEn",
  descriptionVi: "descriptionVi",
  descriptionEn: "descriptionEn",
  group: "group",
  subgroupId: "subgroup",
  priceVnd: "price",
  unit: "unit",
  unitEn: "unitEn",
  gtin: "gtin",
  weightGrams: "weight",
} as const satisfies Record<PublicField, string>;

/**
 * How a person reads a product fact that changed: the form's label and the value in words ("Trà
 * xanh", "180.000 ₫"), never a stored code or id. The review queue and the "saved meanwhile elsewhere"
 * refusal both show changes this way.
 */
export async function factDisplay(locale: string) {
  const [tForm, tGroups, subgroups] = await Promise.all([
    getTranslations({ locale, namespace: "listings.form" }),
    getTranslations({ locale, namespace: "common.groups" }),
    listSubgroups(),
  ]);
  const subgroupName = new Map(subgroups.map((s) => [s.id, locale === "en" ? s.nameEn : s.nameVi]));
  return {
    label: (field: PublicField) => tForm(FORM_LABEL[field]),
    value(field: PublicField, stored: string): string {
      if (stored === "") return "";
      if (field === "priceVnd" && /^\d+$/.test(stored)) return formatVnd(Number(stored), locale);
      if (field === "weightGrams" && /^\d+$/.test(stored)) return `${formatNumber(Number(stored), locale)} g`;
      if (field === "group" && isGroup(stored)) return tGroups(stored);
      if (field === "subgroupId") return subgroupName.get(stored) ?? stored;
      return stored;
    },
  };
}

function isGroup(value: string): value is OcopGroupCode {
  return (OCOP_GROUPS as readonly string[]).includes(value);
}
