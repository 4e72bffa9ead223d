/**
 * Runs once per server instance at start-up. Starts the periodic jobs (server/infra/jobs/registry.ts): every
 * instance ticks, PostgreSQL lets one run each job once per period. JOBS_DISABLED=1 turns them off
 * (e.g. on instances that should only serve pages).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own (nodejs or edge), not a setting of ours.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("./lib/env");
  const env = readEnv();
  const { publicBaseUrlWarning } = await import("./lib/share");
  const warning = publicBaseUrlWarning(env);
  if (warning) console.warn(`WARNING: ${warning}`);
  if (!env.DATABASE_URL || env.JOBS_DISABLED === "1") return;
  const [{ startJobs }, { JOBS }] = await Promise.all([import("./server/infra/jobs/start"), import("./server/infra/jobs/registry")]);
  startJobs(JOBS, env.JOBS_TICK_MS);
}
