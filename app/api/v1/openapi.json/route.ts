import { readEnv } from "@/lib/env";
import { route } from "@/server/infra/http";
import { buildOpenApiDocument } from "@/server/infra/openapi/openapi-document";

export const dynamic = "force-static";

export const GET = route(
  async () =>
    Response.json(buildOpenApiDocument(readEnv().PUBLIC_BASE_URL), {
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
    }),
  { open: true },
);
