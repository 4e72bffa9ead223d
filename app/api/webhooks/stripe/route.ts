import { WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/request-limits.mjs";
import { readBodyWithin, route } from "@/server/infra/http";
import { handleStripeEvent, verifyStripeEvent } from "@/server/orders/payment-events";

/**
 * Stripe calls this server-to-server: no origin check, the signature over the raw body is the proof.
 * A body larger than any event is refused before it is read.
 */
export const POST = route(async (request: Request) => {
  const event = verifyStripeEvent(await readBodyWithin(request, WEBHOOK_BODY_LIMIT_BYTES), request.headers.get("stripe-signature"));
  const outcome = await handleStripeEvent(event);
  return Response.json({ received: true, outcome });
});
