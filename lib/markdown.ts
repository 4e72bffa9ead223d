import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Producers write descriptions and stories in Markdown; the HTML we render from it is sanitised to a
 * small allow-list (no scripts, styles, iframes, event handlers or javascript: URLs), so stored text
 * can never run in a visitor's browser.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "a", "code", "pre", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  transformTags: {
    // Headings inside a page section start below the page's own h1.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, ALLOWED).trim();
}
