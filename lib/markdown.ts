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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * Markdown as one line of plain text, for what shows outside our pages: og:description, the meta
 * description and JSON-LD (a link preview in Zalo or Facebook would show "**Chè**" literally). Cut at a
 * word boundary within `maxLength` characters, with an ellipsis when something was cut.
 */
export function markdownToPlainText(markdown: string, maxLength = Infinity): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  // Block ends become spaces, so "a</p><p>b" reads "a b", not "ab".
  const spaced = html.replace(/<\/(p|li|h\d|blockquote|pre|tr)>|<br\s*\/?>/gi, " ");
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
