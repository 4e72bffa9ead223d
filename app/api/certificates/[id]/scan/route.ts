import { getViewer } from "@/server/auth/session";
import { getCertificateScan } from "@/server/certificates/queries";
import { route } from "@/server/infra/http";
import { readDocument } from "@/server/infra/uploads/documents";
import { foldText } from "@/lib/text-fold";
import { AppError } from "@/lib/errors";

/**
 * The scan of a certificate, for officers and the producer it belongs to only (anyone else: 401 or
 * 404). Never cached by a shared cache; the type is the one the upload was stored as.
 */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const scan = await getCertificateScan(await getViewer(), id);
  const file = await readDocument(scan.key);
  if (!file) throw new AppError("NOT_FOUND");
  const name = `${foldText(scan.decisionNumber).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "certificate"}.${file.type === "application/pdf" ? "pdf" : "webp"}`;
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `inline; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
