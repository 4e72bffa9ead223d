import { z } from "@/server/infra/openapi/openapi-registry";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { LEGAL_FORMS } from "@/lib/catalogue-query";
import { CERTIFICATION_STATUSES } from "@/lib/certification-status";

/** Response shapes of the open-data API; the integration test validates real responses against them. */
const ZImage = z.object({
  key: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  altVi: z.string(),
  altEn: z.string().nullable(),
  illustration: z.boolean().openapi({ description: "A drawing made for the demo data, not a photograph of the product (show it labelled as such)" }),
});
const ZRef = z.object({ slug: z.string(), name: z.string() });
const ZRegion = z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable() });

const ZProductSummary = z
  .object({
    slug: z.string(),
    nameVi: z.string(),
    nameEn: z.string().nullable(),
    priceVnd: z.number().int().openapi({ description: "Price in VND (whole đồng)" }),
    unit: z.string(),
    unitEn: z.string().nullable(),
    group: z.enum(OCOP_GROUPS),
    stars: z.number().int().min(3).max(5).nullable().openapi({ description: "Stars of the highest valid certificate, or null" }),
    certification: z.enum(CERTIFICATION_STATUSES).openapi({
      description:
        "CERTIFIED while a 3★+ certificate is valid; otherwise REVOKED or EXPIRED (the fate of the latest 3★+ decision), or NONE when never recognised at 3★ or more",
    }),
    inStock: z.boolean(),
    producer: ZRef,
    commune: ZRef,
    image: ZImage.nullable(),
    publishedAt: z.string().nullable(),
  })
  .openapi("ProductSummary");

const ZPaging = { total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int() };

export const ZProductList = z
  .object({
    items: z.array(ZProductSummary),
    ...ZPaging,
    groupCounts: z.record(z.enum(OCOP_GROUPS), z.number().int()).openapi({ description: "Matches per group under the other filters" }),
    communes: z
      .array(z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable(), count: z.number().int(), province: ZRegion.optional() }))
      .openapi({ description: "Every commune of the chosen province, or the 40 communes with most matches, under the other filters" }),
    ownMatches: z.number().int().openapi({ description: "Listed products found by their own words (name, group, subgroup, place)" }),
    producerMatches: z.number().int().openapi({ description: "Listed after those: products found only through their producer's name" }),
    corrected: z.string().nullable().openapi({ description: "The query as searched when a word was corrected (a typo)" }),
    facets: z
      .object({
        groups: z.record(z.enum(OCOP_GROUPS), z.number().int()),
        stars: z.object({ 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }).openapi({ description: "Matches with a valid certificate of at least 3, 4, 5 stars" }),
        provinces: z.array(ZRegion.extend({ count: z.number().int() })),
        communes: z.array(ZRegion.extend({ province: ZRegion, count: z.number().int() })),
        prices: z.array(z.object({ min: z.number().int(), max: z.number().int().nullable(), count: z.number().int() })),
      })
      .nullable()
      .openapi({ description: "Counts under the other filters; null for the first seconds after a server starts, while its search index warms" }),
  })
  .openapi("ProductList");

export const ZSuggestions = z
  .object({
    products: z.array(
      z.object({
        slug: z.string(),
        nameVi: z.string(),
        nameEn: z.string().nullable(),
        stars: z.number().int().nullable(),
        producer: z.string(),
        commune: z.object({ name: z.string(), province: z.string().nullable() }),
      }),
    ),
    producers: z.array(z.object({ slug: z.string(), name: z.string(), commune: z.object({ name: z.string(), province: z.string() }), products: z.number().int() })),
    communes: z.array(ZRegion.extend({ province: ZRegion, products: z.number().int() })),
  })
  .openapi("Suggestions");

const ZCertificate = z
  .object({
    stars: z.number().int(),
    score: z.number().int().nullable(),
    level: z.enum(["DISTRICT", "PROVINCE", "NATIONAL"]),
    decisionNumber: z.string(),
    decisionDate: z.string().openapi({ format: "date" }),
    issuingBody: z.string().openapi({ description: "The body that issued the decision, e.g. UBND tỉnh Tuyên Quang" }),
    validUntil: z.string().openapi({ format: "date", description: "Last valid day: 36 months from the decision" }),
    state: z.enum(["VALID", "EXPIRED", "REVOKED", "SUPERSEDED"]),
    productNameOnDecision: z.string(),
    producerNameOnDecision: z.string(),
    addressOnDecision: z.string().nullable(),
    categoryOnDecision: z.string().nullable().openapi({ description: "The category as the decision names it (older names before 24/02/2023)" }),
    fiveStarPotential: z.boolean().openapi({ description: "A province 4★ scoring 90+, waiting for the national level (not five stars)" }),
    revocation: z
      .object({ decisionNumber: z.string().nullable(), date: z.string().nullable().openapi({ format: "date" }), reason: z.string().nullable() })
      .nullable()
      .openapi({ description: "The revocation decision, when the certificate was revoked" }),
    supersededBy: z
      .object({ decisionNumber: z.string(), decisionDate: z.string().openapi({ format: "date" }), issuingBody: z.string() })
      .nullable()
      .openapi({ description: "The later decision that replaced this one" }),
    correctedOn: z.string().nullable().openapi({ format: "date", description: "The day an officer corrected what was recorded" }),
  })
  .openapi("Certificate");

export const ZProductDetail = ZProductSummary.extend({
  descriptionVi: z.string().openapi({ description: "Markdown" }),
  descriptionEn: z.string().nullable(),
  gtin: z.string().nullable(),
  images: z.array(ZImage),
  badge: ZCertificate.nullable().openapi({ description: "The certificate the OCOP badge shows, or null" }),
  fiveStarPotential: z.boolean(),
  certificates: z.array(ZCertificate),
  batches: z.array(z.object({ code: z.string(), lotCode: z.string(), productionDate: z.string(), expiryDate: z.string().nullable() })),
}).openapi("Product");

const ZProducerSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    legalForm: z.enum(LEGAL_FORMS),
    commune: ZRef,
    productCount: z.number().int(),
    image: ZImage.nullable().openapi({ description: "The producer's main picture: its first approved photo, else an illustration" }),
  })
  .openapi("ProducerSummary");

export const ZProducerList = z.object({ items: z.array(ZProducerSummary), ...ZPaging }).openapi("ProducerList");

export const ZProducerDetail = ZProducerSummary.extend({
  storyVi: z.string(),
  storyEn: z.string().nullable(),
  addressLine: z.string(),
  certificateAddress: z.string().nullable(),
  certificateCommune: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  representative: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  images: z.array(ZImage),
  products: z.array(ZProductSummary),
  certificates: z.array(ZCertificate),
}).openapi("Producer");

export const ZApiError = z
  .object({
    error: z.string(),
    message: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
  })
  .openapi("Error");
