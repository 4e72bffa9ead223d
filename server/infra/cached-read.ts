import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Wraps a public read in Next's data cache under the given tags, so back-office writes can expire it
 * with `invalidate(tags)` (server/cache.ts). Results must be JSON-safe (dates as ISO strings): the
 * cache stores them as JSON. Outside a Next server (integration tests, scripts) there is no cache and
 * the read runs directly.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const cached = unstable_cache(read, [name], { tags: tags(...args), revalidate: 3600 });
    try {
      return await cached(...args);
    } catch (error) {
      if (error instanceof Error && /incrementalCache missing/.test(error.message)) return read(...args);
      throw error;
    }
  };
}
