import "server-only";
import { csvChunks, type CsvCell, type CsvColumn } from "@/lib/csv";
import { today } from "@/lib/clock";

/**
 * A CSV file download streamed batch by batch (lib/csv), so a national export never sits in memory
 * whole. Private and never cached: it is one officer's view of their region.
 */
export function csvDownload<K extends string>(
  name: string,
  columns: readonly CsvColumn<K>[],
  batches: AsyncIterable<readonly Partial<Record<K, CsvCell>>[]>,
): Response {
  const chunks = csvChunks(batches, columns);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${today()}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * Reads a list's query in batches of `size` rows, in the list's own order (ties broken by id in the
 * query), so the CSV has exactly the rows and order of the filtered list.
 */
export async function* inBatches<T>(read: (skip: number, take: number) => Promise<T[]>, size = 1000): AsyncGenerator<T[]> {
  for (let skip = 0; ; skip += size) {
    const rows = await read(skip, size);
    yield rows;
    if (rows.length < size) return;
  }
}
