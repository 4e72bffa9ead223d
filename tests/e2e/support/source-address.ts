import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";

/**
 * A browser context whose requests reach the site from a loopback address of its own (127.0.0.0/8 is
 * all this machine's), through a small forward proxy that opens each upstream connection from that
 * address. Placing an order counts against a per-address throttle (server/orders/throttles.ts: ten
 * attempts an hour), and every browser otherwise comes from 127.0.0.1: without this, the suite's
 * browser checkouts share one budget and the eleventh fails whichever test it falls on. HTTP-only
 * tests choose their address with `from` (tests/support/http-client.ts); this is the same for a browser.
 *
 * Chromium sends loopback requests around any proxy unless told `<-loopback>`. Plain HTTP only: the
 * e2e site is served over http://.
 */
export async function contextFrom(browser: Browser, address: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const proxy = http.createServer((request, response) => {
    const target = new URL(request.url ?? "/");
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: `${target.pathname}${target.search}`, headers: request.headers, localAddress: address },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  // A context a test leaves open must not keep the worker alive.
  proxy.unref();
  const { port } = proxy.address() as AddressInfo;
  const context = await browser.newContext({ ...options, proxy: { server: `http://127.0.0.1:${port}`, bypass: "<-loopback>" } });
  context.on("close", () => proxy.close());
  return context;
}

/** A distinct address per test (and per retry), for `contextFrom`: 127.0.<60–250>.<1–250>. */
export function addressForTest(): string {
  const { titlePath, retry } = test.info();
  let hash = retry;
  for (const char of titlePath.join(" ")) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `127.0.${60 + (hash % 190)}.${1 + ((hash >>> 8) % 250)}`;
}
