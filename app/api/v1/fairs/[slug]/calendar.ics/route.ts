import { route } from "@/server/infra/http";
import { readEnv } from "@/lib/env";
import { notFound } from "@/server/infra/api";
import { fairCalendar } from "@/server/fairs/ics";
import { getFairBySlug } from "@/server/fairs/queries";

export const GET = route(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const fair = (await getFairBySlug((await params).slug)) ?? notFound("fair");
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi";
  const body = fairCalendar(fair, { baseUrl: readEnv().PUBLIC_BASE_URL, locale });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fair.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}, { open: true });
