import type { Prisma } from "@/generated/prisma/client";
import { PUBLIC_FIELDS, type ProductFacts } from "./schemas";

/** A listing's public facts as stored (the fields an officer reviews). */
export function factsData(data: ProductFacts) {
  return {
    nameVi: data.nameVi,
    nameEn: data.nameEn ?? null,
    descriptionVi: data.descriptionVi,
    descriptionEn: data.descriptionEn ?? null,
    group: data.group,
    subgroupId: data.subgroupId ?? null,
    priceVnd: data.priceVnd,
    unit: data.unit,
    unitEn: data.unitEn ?? null,
    gtin: data.gtin ?? null,
    weightGrams: data.weightGrams ?? null,
  };
}

export type ProductFactsData = ReturnType<typeof factsData>;

/** The facts a producer sees in its form: the proposal awaiting review where there is one. */
export function shownFacts(product: ProductFactsData & { pendingRevision: Prisma.JsonValue }): ProductFactsData {
  const revision = (product.pendingRevision ?? {}) as Partial<ProductFactsData>;
  return Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, field in revision ? revision[field] : product[field]])) as ProductFactsData;
}

