import { OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { registerCatalogueApi } from "@/server/products/openapi";
import { registerProgrammeApi } from "@/server/programme/openapi";
import { registerFairsApi } from "@/server/fairs/openapi";
import { registerTraceApi } from "@/server/trace/openapi";
import { createRegistry } from "./openapi-registry";

type Registrar = (registry: ReturnType<typeof createRegistry>) => void;

// Each domain's registrar, one line each.
const registrars: Registrar[] = [
  registerCatalogueApi,
  registerProgrammeApi,
  registerFairsApi,
  registerTraceApi,
];

export function buildOpenApiDocument(baseUrl: string) {
  const registry = createRegistry();
  for (const register of registrars) register(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "OCOP Market open data API",
      version: "1.0.0",
      description: "Read-only, paginated JSON of published OCOP products, producers, batches and fairs.",
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
  });
}
