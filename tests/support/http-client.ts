/**
 * A plain HTTP client for the attack tests: what an attacker's script sends, byte for byte (paths are
 * not normalised, bodies may be anything), from a chosen loopback address (127.0.0.0/8 is all this
 * machine's, so each test "attacker" can have addresses of its own, apart from the browser's
 * 127.0.0.1), and the raw answer back: status, every header (Set-Cookie as a list), body.
 */
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  setCookies: string[];
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Source address of the connection, e.g. 127.0.0.23. */
  from?: string;
}

export function rawRequest(base: string, path: string, { method = "GET", headers = {}, body, from }: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, method, path, headers: { connection: "close", ...headers }, localAddress: from },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            setCookies: response.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** A cookie's value from Set-Cookie lines (undefined when not set). */
export function cookieFrom(setCookies: string[], name: string): string | undefined {
  const line = setCookies.find((cookie) => cookie.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(";")[0];
}

function decodeEntities(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, entity: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" })[entity] ?? "");
}

/** The values a browser would submit from a form's markup: hidden fields only, or every field. */
function formEntries(form: string, everything: boolean): [string, string][] {
  const attribute = (tag: string, name: string) => {
    const value = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    return value === undefined ? undefined : decodeEntities(value);
  };
  const entries: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name || ["file", "submit", "button", "image", "reset"].includes(type)) continue;
    if (type !== "hidden" && !everything) continue;
    if ((type === "checkbox" || type === "radio") && !/\bchecked=""/.test(tag)) continue;
    entries.push([name, attribute(tag, "value") ?? (type === "checkbox" ? "on" : "")]);
  }
  if (!everything) return entries;
  for (const [, attributes, text] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attributes, "name");
    if (name) entries.push([name, decodeEntities(text)]);
  }
  for (const [, attributes, options] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attributes, "name");
    const chosen = [...options.matchAll(/<option\b[^>]*>/g)].map(([tag]) => tag).find((tag) => /\bselected=""/.test(tag)) ?? /<option\b[^>]*>/.exec(options)?.[0];
    if (name) entries.push([name, chosen ? (attribute(chosen, "value") ?? "") : ""]);
  }
  return entries;
}

/**
 * Posts a page's form the way a browser without JavaScript does (React renders Server Action forms
 * with the hidden fields that name the action): fetches `page`, takes the first Server Action form
 * whose markup contains `formWith` (any, by default), keeps its hidden fields (or, with
 * `allFields`, every field as filled in), sets `fields` and `files`, and posts multipart/form-data
 * with this site's Origin. `markup` posts a page's form as fetched earlier (an attacker replaying a
 * form taken while the session was alive) instead of fetching the page now.
 */
export async function postPageForm(
  base: string,
  page: string,
  fields: Record<string, string>,
  {
    formWith = "",
    from,
    cookie,
    headers = {},
    allFields = false,
    files = {},
    markup,
  }: {
    formWith?: string;
    from?: string;
    cookie?: string;
    headers?: Record<string, string>;
    allFields?: boolean;
    files?: Record<string, { bytes: Buffer; type: string; name: string }>;
    markup?: string;
  } = {},
): Promise<RawResponse> {
  const html = markup ?? (await rawRequest(base, page, { from, headers: cookie ? { cookie } : {} })).body;
  const forms = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]);
  const form = forms.find((markup) => markup.includes('name="$ACTION') && markup.includes(formWith));
  if (form === undefined) throw new Error(`no Server Action form${formWith ? ` with ${formWith}` : ""} on ${page}`);
  const data = new FormData();
  for (const [name, value] of formEntries(form, allFields)) if (!(name in fields)) data.append(name, value);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const [name, file] of Object.entries(files)) data.append(name, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const encoded = new Request("http://form.invalid/", { method: "POST", body: data });
  return rawRequest(base, page, {
    method: "POST",
    from,
    body: Buffer.from(await encoded.arrayBuffer()),
    headers: { "content-type": encoded.headers.get("content-type")!, origin: base, ...(cookie ? { cookie } : {}), ...headers },
  });
}
