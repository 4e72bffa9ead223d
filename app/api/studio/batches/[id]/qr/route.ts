import { AppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { batchQrImage, publicBatchQrUrl } from "@/server/trace/qr";
import { getOwnBatch } from "@/server/trace/queries";

/**
 * The batch's QR code for its producer, as SVG (default) or PNG (?format=png). 409 with the reason
 * when the site's address (PUBLIC_BASE_URL) is not public: such a code would open nothing.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { id } = await params;
  const batch = await getOwnBatch(viewer, id);
  const url = publicBatchQrUrl(batch, batch.gtin);
  const image = await batchQrImage(url, new URL(request.url).searchParams.get("format") === "png" ? "png" : "svg");
  return new Response(image.body, { headers: { "Content-Type": image.contentType, "Cache-Control": "private, no-store" } });
});
