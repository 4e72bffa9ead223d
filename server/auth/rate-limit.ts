import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Login attempts are counted in PostgreSQL (table rate_limits, see schema.prisma), so every app
 * instance sees the same counts. Per account: 5 failed attempts per 15 minutes; per IP: 30.
 */
export const LOGIN_LIMITS = {
  account: { points: 5, duration: 15 * 60 },
  ip: { points: 30, duration: 15 * 60 },
} as const;

const globalForLimits = globalThis as unknown as { ocopLoginLimiters?: { account: RateLimiterPostgres; ip: RateLimiterPostgres } };

function limiters() {
  if (!globalForLimits.ocopLoginLimiters) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use; without a
    // listener pg would crash the process.
    pool.on("error", (error) => console.warn("rate-limit pool: idle connection lost", error.message));
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false };
    globalForLimits.ocopLoginLimiters = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: "login_account", ...LOGIN_LIMITS.account }),
      ip: new RateLimiterPostgres({ ...options, keyPrefix: "login_ip", ...LOGIN_LIMITS.ip }),
    };
  }
  return globalForLimits.ocopLoginLimiters;
}

/** True when either the account or the IP has used up its failed attempts. */
export async function isLoginBlocked(email: string, ip: string): Promise<boolean> {
  const { account, ip: byIp } = limiters();
  const [a, b] = await Promise.all([account.get(email), byIp.get(ip)]);
  return (a?.consumedPoints ?? 0) >= LOGIN_LIMITS.account.points || (b?.consumedPoints ?? 0) >= LOGIN_LIMITS.ip.points;
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters();
  await Promise.all(
    [account.penalty(email, 1), byIp.penalty(ip, 1)].map((p) => p.catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    })),
  );
}

export async function clearLoginFailures(email: string): Promise<void> {
  await limiters().account.delete(email);
}
