import "server-only";
import { expireUnpaidOrders } from "@/server/orders/mutations";
import { sendCertificateReminders } from "@/server/certificates/reminders-job";
import { pruneSessions } from "@/server/auth/session-token";
import { pruneThrottles } from "@/server/infra/throttle";
import { forgetPastVisitors } from "@/server/trace/scans";
import { DAY_TURN_JOB, turnTheDay } from "./day-turn";
import type { Job } from "./scheduler";

/** Every periodic job of the app; each runs once per period across all instances. */
export const JOBS: readonly Job[] = [
  {
    name: "expire-unpaid-orders",
    periodMs: 60_000,
    run: async (now) => ({ expired: await expireUnpaidOrders(now) }),
  },
  { name: "certificate-expiry-reminders", periodMs: 6 * 3_600_000, run: sendCertificateReminders },
  { name: "prune-throttles", periodMs: 10 * 60_000, run: async (now) => ({ deleted: await pruneThrottles(now.getTime()) }) },
  { name: "prune-sessions", periodMs: 60 * 60_000, run: async (now) => ({ deleted: await pruneSessions(now.getTime()) }) },
  { name: "forget-scan-visitors", periodMs: 3_600_000, run: (now) => forgetPastVisitors(now.getTime()) },
  { name: DAY_TURN_JOB, periodMs: 60_000, run: turnTheDay },
];
