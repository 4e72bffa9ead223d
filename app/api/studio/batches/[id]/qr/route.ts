import { AppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { errorResponse } from "@/server/infra/http";
import { getOwnBatch } from "@/server/trace/mutations";
import { batchQrImage, publicBatchQrUrl } from "@/server/trace/qr";

/**
 * The batch's QR code for its producer, as SVG (default) or PNG (?format=png). 409 with the reason
 * when the site's address (PUBLIC_BASE_URL) is not public: such a code would open nothing.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewer();
    if (!viewer) throw new AppError("UNAUTHENTICATED");
    const { id } = await params;
    const batch = await getOwnBatch(viewer, id);
    const url = publicBatchQrUrl(batch, batch.product.gtin);
    const image = await batchQrImage(url, new URL(request.url).searchParams.get("format") === "png" ? "png" : "svg");
    return new Response(image.body, { headers: { "Content-Type": image.contentType, "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
