/**
 * The `limit` smallest numbers offered, smallest first, kept in one pass by insertion: for the few
 * suggestions or results out of thousands of matches, where sorting them all would cost most of the time.
 * Ties keep the order they were offered in.
 */
export class SmallestKeys {
  readonly kept: number[] = [];

  constructor(private readonly limit: number) {}

  /** Whether `limit` keys are kept: from then on a key must beat `worst` to enter. */
  get full(): boolean {
    return this.kept.length >= this.limit;
  }

  /** The largest key kept (meaningful once full). */
  get worst(): number {
    return this.kept[this.kept.length - 1];
  }

  offer(key: number): void {
    if (this.limit <= 0 || (this.full && key >= this.worst)) return;
    const kept = this.kept;
    let at = this.full ? this.limit - 1 : kept.length;
    while (at > 0 && kept[at - 1] > key) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = key;
  }
}
