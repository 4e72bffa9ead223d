import { localizedHref } from "@/i18n/localized-href";
import { parseDigitalLink } from "@/lib/digital-link";
import { addressOf } from "@/server/infra/request-address";
import { resolveGtin } from "@/server/trace/queries";
import { countScan } from "@/server/trace/scans";

/**
 * GS1 Digital Link resolver: /01/<gtin>/10/<lot> → the batch's trace page (a scan is counted),
 * /01/<gtin> → the product page. English with ?lang=en or an English-first Accept-Language.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseDigitalLink(url.pathname, url.searchParams);
  if (!parsed.ok) {
    return Response.json(
      { error: parsed.error, message: "Not a valid GS1 Digital Link: expected /01/<GTIN-8, 12, 13 or 14 with a correct check digit>[/10/<lot>]." },
      { status: 400 },
    );
  }
  const target = await resolveGtin(parsed.gtin14, parsed.lot);
  if (!target) return Response.json({ error: "NOT_FOUND", message: "No published product or public batch has this GTIN and lot." }, { status: 404 });
  const english = url.searchParams.get("lang") === "en" || /^en\b/i.test(request.headers.get("accept-language") ?? "");
  const locale = english ? "en" : "vi";
  if (target.batchCode) {
    await countScan(target.batchCode, addressOf(request.headers));
    return redirectTo(request, localizedHref(`/trace/${encodeURIComponent(target.batchCode)}`, locale));
  }
  return redirectTo(request, localizedHref(`/products/${encodeURIComponent(target.productSlug)}`, locale));
}

function redirectTo(request: Request, path: string): Response {
  // Relative Location: correct behind any proxy whatever host it forwards.
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
}
