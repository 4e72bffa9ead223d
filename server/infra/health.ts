import "server-only";
import { db } from "@/server/infra/db";

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  migrations?: number;
  error?: string;
}

export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ applied: bigint }[]>`
      SELECT count(*) AS applied FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    return { ok: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.applied ?? 0) };
  } catch (error) {
    // The message may carry connection details; report only its class.
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.name : "UnknownError",
    };
  }
}
