import "server-only";

/** Postgres serialization failures and deadlocks are safe to retry: the transaction left nothing behind. */
export async function withRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

function isRetryable(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "P2034") return true;
  // Generated codes (orders' codes) are random; a collision with an existing one is retried with a fresh code.
  if (code === "P2002" && /code/.test(JSON.stringify((error as { meta?: unknown }).meta ?? ""))) return true;
  return typeof message === "string" && /40001|40P01|could not serialize|deadlock detected/.test(message);
}
