import { readEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/server/infra/openapi/openapi-document";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(readEnv().PUBLIC_BASE_URL), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  });
}
