/**
 * The national generator's writer (prisma/seed/generate-national.ts): rows are buffered column by
 * column and written with `INSERT … SELECT * FROM unnest(…)`, one array parameter per column.
 */
import type pg from "pg";

/** A timestamp column's value (the database keeps UTC instants without a zone, as Prisma writes them). */
export function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace("Z", "");
}

type Column = readonly [name: string, sqlType: string];

/** Buffers rows column by column and writes them with INSERT … SELECT * FROM unnest(…). */
export class BulkInsert {
  private columns: unknown[][];
  private count = 0;
  total = 0;

  constructor(
    private client: pg.ClientBase,
    private table: string,
    private spec: readonly Column[],
    private chunkSize: number,
    /** Tables this one references: their buffered rows are written first. */
    private parents: readonly BulkInsert[] = [],
  ) {
    this.columns = spec.map(() => []);
  }

  async push(...values: unknown[]): Promise<void> {
    for (let i = 0; i < this.spec.length; i++) this.columns[i].push(values[i] ?? null);
    this.count++;
    if (this.count >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    for (const parent of this.parents) await parent.flush();
    const names = this.spec.map(([name]) => `"${name}"`).join(", ");
    const params = this.spec.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    await this.client.query(`INSERT INTO "${this.table}" (${names}) SELECT * FROM unnest(${params})`, this.columns);
    this.total += this.count;
    this.columns = this.spec.map(() => []);
    this.count = 0;
  }
}
