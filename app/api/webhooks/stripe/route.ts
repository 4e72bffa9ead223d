import { route } from "@/server/infra/http";
import { handleStripeEvent, verifyStripeEvent } from "@/server/orders/payment-events";

/** Stripe calls this server-to-server: no origin check, the signature over the raw body is the proof. */
export const POST = route(async (request: Request) => {
  const event = verifyStripeEvent(await request.text(), request.headers.get("stripe-signature"));
  const outcome = await handleStripeEvent(event);
  return Response.json({ received: true, outcome });
});
