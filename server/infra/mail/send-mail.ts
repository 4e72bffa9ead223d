import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { now } from "@/lib/clock";
import { readEnv } from "@/lib/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends through SMTP_URL when configured. Without it, each message is written as an .eml file to
 * MAIL_DIR (default .data/mail) so that it can be read there — nothing is silently dropped.
 */
export async function sendMail(message: MailMessage): Promise<{ delivered: "smtp" | "file"; id: string }> {
  const env = readEnv();
  if (env.SMTP_URL) {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    const info = await transport.sendMail({ from: env.MAIL_FROM, ...message });
    return { delivered: "smtp", id: info.messageId };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...message });
  const dir = path.resolve(env.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const file = `${now().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-z0-9]/gi, "").slice(0, 16)}.eml`;
  await writeFile(path.join(dir, file), info.message as Buffer);
  return { delivered: "file", id: file };
}
