/**
 * A tiny HTTP server standing in for Stripe's API, so the real `stripe` SDK can be exercised offline
 * (STRIPE_API_HOST/PORT/PROTOCOL point it here). It answers Checkout Session creation and records
 * every request for the test to inspect.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  form: URLSearchParams;
}

export interface StripeStandIn {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** On `port` when the server under test was told where Stripe is (the e2e site), else on any free port. */
export async function startStripeStandIn(port = 0): Promise<StripeStandIn> {
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(body);
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, form });
      res.setHeader("content-type", "application/json");
      if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
        const id = `cs_test_${++counter}`;
        res.end(
          JSON.stringify({
            id,
            object: "checkout.session",
            url: `https://checkout.stripe.test/pay/${id}`,
            mode: "payment",
            currency: "vnd",
            client_reference_id: form.get("client_reference_id"),
            metadata: { orderId: form.get("metadata[orderId]"), orderCode: form.get("metadata[orderCode]") },
            expires_at: Number(form.get("expires_at")),
            payment_status: "unpaid",
            status: "open",
          }),
        );
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { type: "invalid_request_error", message: `no stand-in for ${req.method} ${req.url}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
