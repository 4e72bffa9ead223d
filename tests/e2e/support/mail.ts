/**
 * The mail the e2e servers sent: without SMTP_URL the app writes each message as an .eml file to
 * MAIL_DIR (server/infra/mail/send-mail.ts), which scripts/e2e-server.ts names in the state file. This
 * reads them back as a mail client shows them: the subject and the text, decoded (quoted-printable or
 * base64 bodies, RFC 2047 encoded words in the subject).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const joined = value.replace(/=\r?\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function parse(raw: string): SentMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).trim();
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1].trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text = encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : encoding === "quoted-printable" ? decodeQuotedPrintable(body) : body;
  return { to: header("To"), subject: decodeWords(header("Subject")), text };
}

/** Every message written to `dir` for `address`. */
export function mailsTo(dir: string, address: string): SentMail[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".eml"))
    .map((file) => parse(readFileSync(path.join(dir, file), "utf8")))
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}
