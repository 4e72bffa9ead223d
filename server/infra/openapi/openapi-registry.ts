import { extendZodWithOpenApi, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// Adds `.openapi()` to zod schemas, so the schemas that validate API requests also document them.
extendZodWithOpenApi(z);

/**
 * The one registry of the public API. Each domain registers its paths and schemas in
 * `server/<domain>/openapi.ts` (a `register…Api(registry)` function) and the document builder
 * (`server/infra/openapi/openapi-document.ts`) calls them all.
 */
export function createRegistry(): OpenAPIRegistry {
  return new OpenAPIRegistry();
}

export { z };
