/**
 * Runs once per server instance at start-up. Starts the periodic jobs (server/infra/jobs/registry.ts): every
 * instance ticks, PostgreSQL lets one run each job once per period. JOBS_DISABLED=1 turns them off
 * (e.g. on instances that should only serve pages). Starts the catalogue's search index
 * (server/search/start.ts; SEARCH_INDEX=0 leaves search to PostgreSQL).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME and NEXT_PHASE are Next's own, not settings of ours.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { readEnv } = await import("./lib/env");
  const env = readEnv();
  const { publicBaseUrlWarning } = await import("./lib/share");
  const warning = publicBaseUrlWarning(env);
  if (warning) console.warn(`WARNING: ${warning}`);
  const { operatorWarning } = await import("./lib/operator");
  const operator = operatorWarning(env);
  if (operator) console.warn(`WARNING: ${operator}`);
  if (!env.DATABASE_URL) return;
  if (env.SEARCH_INDEX !== "0") {
    const { startCatalogueIndex } = await import("./server/search/start");
    void startCatalogueIndex().catch((error) => console.error("[search] the index did not start; searching PostgreSQL", error));
  }
  if (env.JOBS_DISABLED === "1") return;
  const [{ startJobs }, { JOBS }] = await Promise.all([import("./server/infra/jobs/start"), import("./server/infra/jobs/registry")]);
  startJobs(JOBS, env.JOBS_TICK_MS);
}
