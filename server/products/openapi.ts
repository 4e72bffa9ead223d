import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@/server/infra/openapi/openapi-registry";
import { ZApiError, ZProducerDetail, ZProducerList, ZProductDetail, ZProductList, ZSuggestions } from "./api-schemas";
import { ZProducerListQuery, ZProductListQuery, ZSuggestQuery } from "./query-schemas";

const errors = {
  400: { description: "Invalid parameters", content: { "application/json": { schema: ZApiError } } },
  404: { description: "Not found or not public", content: { "application/json": { schema: ZApiError } } },
};
const ZSlug = z.object({ slug: z.string() });

/** The catalogue's paths, documented from the same zod schemas that validate the requests. */
export function registerCatalogueApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/products",
    summary: "Published OCOP products: search, filters, sort, pagination",
    request: { query: ZProductListQuery },
    responses: { 200: { description: "One page of products", content: { "application/json": { schema: ZProductList } } }, 400: errors[400] },
  });
  registry.registerPath({
    method: "get",
    path: "/suggest",
    summary: "Search as you type: a few products, producers and communes for what is typed so far",
    request: { query: ZSuggestQuery },
    responses: { 200: { description: "Suggestions", content: { "application/json": { schema: ZSuggestions } } }, 400: errors[400] },
  });
  registry.registerPath({
    method: "get",
    path: "/products/{slug}",
    summary: "One published product with its badge, certificates and batches",
    request: { params: ZSlug },
    responses: { 200: { description: "The product", content: { "application/json": { schema: ZProductDetail } } }, 404: errors[404] },
  });
  registry.registerPath({
    method: "get",
    path: "/producers",
    summary: "Active producers, filterable by commune and legal form",
    request: { query: ZProducerListQuery },
    responses: { 200: { description: "One page of producers", content: { "application/json": { schema: ZProducerList } } }, 400: errors[400] },
  });
  registry.registerPath({
    method: "get",
    path: "/producers/{slug}",
    summary: "One active producer's profile with its public products and certificates",
    request: { params: ZSlug },
    responses: { 200: { description: "The producer", content: { "application/json": { schema: ZProducerDetail } } }, 404: errors[404] },
  });
}
