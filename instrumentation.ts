/**
 * Runs once per server instance at start-up. Schedules the expiry of unpaid transfer/card orders;
 * the job itself takes a PostgreSQL advisory lock, so with several instances one does the work.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { runExpiryJob, EXPIRY_INTERVAL_MS } = await import("./server/orders/expiry-job");
  const timer = setInterval(() => {
    runExpiryJob().catch((error: unknown) => console.error("expiring unpaid orders failed", error));
  }, EXPIRY_INTERVAL_MS);
  timer.unref();
}
