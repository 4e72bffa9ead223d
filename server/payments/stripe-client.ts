import "server-only";
import Stripe from "stripe";
import { readEnv } from "@/lib/env";

/**
 * The Stripe client, or null when no keys are configured (card payment is then hidden).
 * STRIPE_API_HOST/PORT/PROTOCOL point the real SDK at a stand-in server in tests.
 */
export function getStripe(): Stripe | null {
  const env = readEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return new Stripe(env.STRIPE_SECRET_KEY, {
    host: env.STRIPE_API_HOST,
    port: env.STRIPE_API_PORT,
    protocol: env.STRIPE_API_PROTOCOL,
    telemetry: false,
    maxNetworkRetries: 1,
  });
}

export function isCardPaymentEnabled(): boolean {
  const env = readEnv();
  return !!env.STRIPE_SECRET_KEY && !!env.STRIPE_WEBHOOK_SECRET;
}
