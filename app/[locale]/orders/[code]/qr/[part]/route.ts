import { cookies } from "next/headers";
import { AppError } from "@/lib/errors";
import { normalizeOrderCode } from "@/lib/order-code";
import { route } from "@/server/infra/http";
import { hasOrderAccess, ORDER_ACCESS_COOKIE } from "@/server/orders/order-access";
import { getPartTransferPayload } from "@/server/orders/queries";
import { transferQrPng } from "@/server/payments/vietqr";

/**
 * The VietQR code of one part as a PNG to save: a buyer paying from the same phone cannot scan their
 * own screen, but every Vietnamese banking app opens a QR image from the gallery. Only for the buyer
 * who proved the order's phone or email, like the order page itself.
 */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ code: string; part: string }> }) => {
  const { code: raw, part } = await params;
  const code = normalizeOrderCode(decodeURIComponent(raw));
  if (!code || !hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) throw new AppError("NOT_FOUND");
  const transfer = await getPartTransferPayload(code, part.slice(0, 40));
  if (!transfer) throw new AppError("NOT_FOUND");
  const png = await transferQrPng(transfer.payload);
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "content-disposition": `attachment; filename="vietqr-${transfer.note}.png"`,
      "cache-control": "private, no-store",
    },
  });
});
