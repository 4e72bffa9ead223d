import { z } from "zod";
import { DEMO_OPERATOR } from "./operator";
import { DEFAULT_UPLOAD_MAX_BYTES } from "./request-limits.mjs";

// Every setting the app reads, parsed once; .env.example documents the same list.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_REPLICA_URLS: z.string().optional(),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  DATABASE_REPLICA_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  TRUSTED_PROXIES: z.coerce.number().int().nonnegative().default(0),
  PUBLIC_BASE_URL: z.string().url().default("http://localhost:3000"),
  SITE_NAME: z.string().default("OCOP Market"),
  /** Who runs the site, shown on /contact and /about (lib/operator.ts); the defaults say they are illustrative. */
  OPERATOR_NAME: z.string().min(1).default(DEMO_OPERATOR.name),
  OPERATOR_NAME_EN: z.string().min(1).optional(),
  OPERATOR_ADDRESS: z.string().min(1).default(DEMO_OPERATOR.address),
  OPERATOR_EMAIL: z.string().email().default(DEMO_OPERATOR.email),
  OPERATOR_PHONE: z.string().optional(),
  NEXTAUTH_SECRET: z.string().optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(DEFAULT_UPLOAD_MAX_BYTES),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("OCOP Market <no-reply@ocop.local>"),
  MAIL_DIR: z.string().default(".data/mail"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().positive().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  SHIPPING_FEE_VND: z.coerce.number().int().nonnegative().default(30000),
  UNPAID_ORDER_TTL_MINUTES: z.coerce.number().int().positive().default(60),
  /** A cash-on-delivery part the producer has not confirmed in this time releases its stock. */
  COD_CONFIRM_HOURS: z.coerce.number().int().positive().default(48),
  /** Orders one phone or email may have awaiting confirmation or payment at once. */
  ORDER_MAX_OPEN_PER_CONTACT: z.coerce.number().int().positive().default(3),
  DISTRICT_BANK_BIN: z.string().optional(),
  DISTRICT_BANK_ACCOUNT: z.string().optional(),
  DISTRICT_BANK_ACCOUNT_NAME: z.string().optional(),
  JOBS_DISABLED: z.enum(["0", "1"]).default("0"),
  JOBS_TICK_MS: z.coerce.number().int().positive().default(15_000),
  SEARCH_INDEX: z.enum(["0", "1"]).default("1"),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return ZEnv.parse(source);
}
