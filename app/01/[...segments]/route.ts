import { localizedHref } from "@/i18n/localized-href";
import { parseDigitalLink } from "@/lib/digital-link";
import { route } from "@/server/infra/http";
import { addressOf } from "@/server/infra/request-address";
import { resolveGtin } from "@/server/trace/queries";
import { countScan } from "@/server/trace/scans";

/**
 * GS1 Digital Link resolver: /01/<gtin>/10/<lot> → the batch's trace page (a scan is counted),
 * /01/<gtin> → the product page. English with ?lang=en or an English-first Accept-Language.
 *
 * A miss (an unknown lot or barcode, a wrong check digit, a malformed link) sends a browser to /trace,
 * which explains it in the visitor's language (with the product when the barcode names one); programs
 * that do not ask for HTML keep the JSON answer with its 400 or 404.
 */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const english = url.searchParams.get("lang") === "en" || /^en\b/i.test(request.headers.get("accept-language") ?? "");
  const locale = english ? "en" : "vi";
  const parsed = parseDigitalLink(url.pathname, url.searchParams);
  if (!parsed.ok) {
    if (wantsHtml(request)) return redirectTo(missPage(url.pathname, parsed.error, locale));
    return Response.json(
      { error: parsed.error, message: "Not a valid GS1 Digital Link: expected /01/<GTIN-8, 12, 13 or 14 with a correct check digit>[/10/<lot>]." },
      { status: 400 },
    );
  }
  const target = await resolveGtin(parsed.gtin14, parsed.lot);
  if (!target) {
    if (wantsHtml(request)) return redirectTo(missPage(url.pathname, "NOT_FOUND", locale));
    return Response.json({ error: "NOT_FOUND", message: "No published product or public batch has this GTIN and lot." }, { status: 404 });
  }
  if (target.batchCode) {
    await countScan(target.batchCode, addressOf(request.headers));
    return redirectTo(localizedHref(`/trace/${encodeURIComponent(target.batchCode)}`, locale));
  }
  return redirectTo(localizedHref(`/products/${encodeURIComponent(target.productSlug)}`, locale));
});

/** A browser's navigation asks for text/html; fetch(), curl and API clients do not. */
function wantsHtml(request: Request): boolean {
  return /\btext\/html\b/.test(request.headers.get("accept") ?? "");
}

/** /trace with what was scanned: the barcode and lot as they appear in the link, and what was wrong. */
function missPage(pathname: string, reason: string, locale: string): string {
  const segments = pathname.split("/").filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const after = (key: string) => {
    const index = segments.indexOf(key);
    return index >= 0 ? segments[index + 1]?.slice(0, 100) : undefined;
  };
  return localizedHref({ pathname: "/trace", query: { gtin: after("01"), lot: after("10"), reason } }, locale);
}

function redirectTo(path: string): Response {
  // Relative Location: correct behind any proxy whatever host it forwards.
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
}
