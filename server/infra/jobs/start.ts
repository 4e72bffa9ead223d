import "server-only";
import { db } from "@/server/infra/db";
import { tickJob, type Job } from "./scheduler";

/** How often each instance asks whether a job is due: short next to every period, cheap when not due. */
const TICK_MS = 15_000;

/** Ticks every job on a timer that never keeps the process alive (SIGTERM ends the instance cleanly). */
export function startJobs(jobs: readonly Job[], tickMs = TICK_MS): () => void {
  const timer = setInterval(() => {
    for (const job of jobs) {
      tickJob(db, job).catch((error: unknown) => console.error(`job ${job.name} failed`, error));
    }
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
