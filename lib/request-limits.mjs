// @ts-check
/*
 * How large a request body may be (docs/security.md, V13). Plain JavaScript: scripts/lib/http-front.mjs
 * loads it at run time, outside the Next.js build, and refuses larger bodies from their Content-Length
 * before a byte is read.
 */

/** Server Actions, listing photos included (next.config.ts `bodySizeLimit`): the largest body accepted. */
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** Stripe event payloads are a few kilobytes; Stripe documents no event near this size. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;
