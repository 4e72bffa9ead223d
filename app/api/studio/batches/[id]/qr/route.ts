import QRCode from "qrcode";
import { readEnv } from "@/lib/env";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { batchQrUrl } from "@/server/trace/links";
import { getOwnBatch } from "@/server/trace/queries";
import { AppError } from "@/lib/errors";

/** The batch's QR code for its producer, as SVG (default) or PNG (?format=png). */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const { id } = await params;
  const batch = await getOwnBatch(viewer, id);
  const content = batchQrUrl(readEnv().PUBLIC_BASE_URL, batch, batch.gtin);
  const format = new URL(request.url).searchParams.get("format");
  if (format === "png") {
    const png = await QRCode.toBuffer(content, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 512 });
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store" } });
  }
  const svg = await QRCode.toString(content, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "private, no-store" } });
});
