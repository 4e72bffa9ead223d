// @ts-check
/*
 * How large a request body may be (docs/security.md, V13). Plain JavaScript: scripts/lib/http-front.mjs
 * loads it at run time, outside the Next.js build, and refuses larger bodies from their Content-Length
 * before a byte is read; next.config.ts sets Next's own Server Action limit from the same rule.
 */

/** The largest photo accepted when UPLOAD_MAX_BYTES is not set (lib/env.ts reads the setting with it). */
export const DEFAULT_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The largest Server Action body: three photos at the upload limit (the studio's forms send several
 * at once) plus 1 MB for the form's text. next.config.ts gives it to Next.js, the photo forms check
 * against it in the browser so a larger request never leaves it, and the front door refuses a larger
 * Content-Length.
 * @param {number} uploadMaxBytes
 * @returns {number}
 */
export function actionBodyLimitBytes(uploadMaxBytes) {
  return uploadMaxBytes * 3 + 1024 * 1024;
}

/**
 * UPLOAD_MAX_BYTES for the front door, which runs before the app's modules are loaded: a positive
 * whole number of bytes, else the default (lib/env.ts refuses to start on anything else that is set).
 * @param {string | undefined} value
 * @returns {number}
 */
export function uploadMaxBytesSetting(value) {
  const bytes = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(bytes) && bytes > 0 ? bytes : DEFAULT_UPLOAD_MAX_BYTES;
}

/** Stripe event payloads are a few kilobytes; Stripe documents no event near this size. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;
