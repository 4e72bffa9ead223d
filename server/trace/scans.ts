import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { dayOf, nowMs, type IsoDay } from "@/lib/clock";
import { db } from "@/server/infra/db";

/**
 * Scan counting that a stranger cannot inflate (docs/security.md): a batch's scans are counted once
 * per visitor and day. A visitor is their address (lib/client-ip.ts: the /64 for IPv6) hashed with a
 * random salt of the day, kept in the database only while the day lasts: once it is deleted, nobody —
 * us included — can tell which addresses the day's hashes stood for. No address, cookie or device
 * fingerprint is stored. Visitors sharing one address (a shop's Wi-Fi) count once a day between them.
 */

const salts = new Map<IsoDay, string>();

async function saltOf(day: IsoDay): Promise<string> {
  const known = salts.get(day);
  if (known) return known;
  await db.$executeRaw`
    INSERT INTO daily_salts (day, salt) VALUES (${day}::date, ${randomBytes(32).toString("base64")}) ON CONFLICT (day) DO NOTHING`;
  const [{ salt }] = await db.$queryRaw<{ salt: string }[]>`SELECT salt FROM daily_salts WHERE day = ${day}::date`;
  salts.clear();
  salts.set(day, salt);
  return salt;
}

/** Counts a scan of a public batch by the visitor at `address`, unless they were counted today. */
export async function countScan(batchCode: string, address: string, at = nowMs()): Promise<void> {
  const day = dayOf(at);
  const visitor = createHash("sha256").update(`${await saltOf(day)}\n${address}`).digest("base64url").slice(0, 32);
  await db.$executeRaw`
    WITH batch AS (SELECT id FROM batches WHERE code = ${batchCode} AND "isPublic"),
    first_today AS (
      INSERT INTO scan_visitors ("batchId", day, visitor) SELECT id, ${day}::date, ${visitor} FROM batch
      ON CONFLICT DO NOTHING RETURNING "batchId"
    )
    INSERT INTO batch_scan_days ("batchId", day, count) SELECT "batchId", ${day}::date, 1 FROM first_today
    ON CONFLICT ("batchId", day) DO UPDATE SET count = batch_scan_days.count + 1`;
}

/** Forgets the visitors and salts of past days (a job); the day's counts stay. */
export async function forgetPastVisitors(at = nowMs()): Promise<{ visitors: number; salts: number }> {
  const today = dayOf(at);
  const visitors = await db.$executeRaw`DELETE FROM scan_visitors WHERE day < ${today}::date`;
  const deletedSalts = await db.$executeRaw`DELETE FROM daily_salts WHERE day < ${today}::date`;
  for (const day of salts.keys()) if (day < today) salts.delete(day);
  return { visitors, salts: deletedSalts };
}
