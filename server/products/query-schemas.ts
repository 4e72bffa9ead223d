import { z } from "@/server/infra/openapi/openapi-registry";
import { LEGAL_FORMS, MAX_PAGE, PAGE_SIZE, PRODUCT_SORTS } from "@/lib/catalogue-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";

/**
 * The catalogue's query parameters (DESIGN §5), shared by the pages and the open-data API. The API
 * answers invalid values with 400; the pages drop them and say which were ignored.
 */

const ZSlugParam = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/);

export const ZProductListQuery = z
  .object({
    q: z.string().trim().max(100).optional().openapi({ description: "Search text; diacritics, case and small typos ignored", example: "che shan tuyet" }),
    group: z.enum(OCOP_GROUPS).optional(),
    stars: z.coerce.number().int().min(3).max(5).optional().openapi({ description: "Minimum OCOP stars of a valid certificate" }),
    commune: ZSlugParam.optional().openapi({ description: "Slug of the producer's commune" }),
    province: ZSlugParam.optional().openapi({ description: "Slug of the producer's province" }),
    producer: ZSlugParam.optional().openapi({ description: "Slug of the producer" }),
    minPrice: z.coerce.number().int().min(0).optional().openapi({ description: "VND" }),
    maxPrice: z.coerce.number().int().min(0).optional().openapi({ description: "VND" }),
    sort: z.enum(PRODUCT_SORTS).default("relevance"),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(PAGE_SIZE),
  })
  .refine((query) => query.minPrice == null || query.maxPrice == null || query.minPrice <= query.maxPrice, {
    message: "minPrice must not exceed maxPrice",
    path: ["maxPrice"],
  });
export type ProductListQuery = z.infer<typeof ZProductListQuery>;

export const ZSuggestQuery = z.object({
  q: z.string().trim().min(2).max(100).openapi({ description: "What is typed so far (two characters at least); the last word may be unfinished", example: "choi ch" }),
});

export const ZProducerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  commune: ZSlugParam.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(PAGE_SIZE),
});
export type ProducerListQuery = z.infer<typeof ZProducerListQuery>;

type RawParams = Record<string, string | string[] | undefined>;

function firstValues(raw: RawParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    // An empty field of a submitted form means "any".
    if (first != null && first.trim() !== "") values[key] = first;
  }
  return values;
}

/** Strict parsing for the API: throws a ZodError (→ 400) on any invalid parameter. */
export function parseStrict<S extends z.ZodType>(schema: S, raw: RawParams): z.infer<S> {
  return schema.parse(firstValues(raw));
}

/**
 * Lenient parsing for pages: each invalid parameter is dropped and reported, so a hand-edited URL
 * still shows a catalogue and tells the visitor what was ignored.
 */
export function parseLenient<S extends z.ZodType>(schema: S, raw: RawParams): { query: z.infer<S>; ignored: string[] } {
  const values = firstValues(raw);
  const ignored: string[] = [];
  for (;;) {
    const result = schema.safeParse(values);
    if (result.success) return { query: result.data, ignored };
    const keys = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
    let dropped = false;
    for (const key of keys) {
      if (key in values) {
        delete values[key];
        ignored.push(key);
        dropped = true;
      }
    }
    if (!dropped) return { query: schema.parse({}), ignored };
  }
}
