import type { Viewport } from "next";

/**
 * The viewport of every document the site renders: the site's layout and the 404 document
 * (app/global-not-found.tsx, which the front door also sends for pages that called `notFound()`), so a
 * phone's browser bar keeps the site's colour on a missing page too.
 */
export const SITE_VIEWPORT: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f7a35" };
