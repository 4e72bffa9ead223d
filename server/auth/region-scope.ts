import type { Prisma } from "@/generated/prisma/client";

/**
 * Where an officer acts. Since 1 July 2025 an officer belongs to a province (and acts in all its
 * communes) or to a commune (and acts in it alone); an officer without a region acts nationwide.
 * Every officer read filters with it and every officer action checks it, so what lies outside the
 * viewer's region is simply "not found" (docs/backoffice.md, "Officers and their region").
 *
 * A producer account's scope is its own producer: the same where-fragments work for it.
 */
export class RegionScope {
  constructor(
    /** The viewer's region and every region below it; null: the whole country. */
    readonly regionIds: readonly string[] | null,
    /** Set for a producer account: the only producer it sees. */
    private readonly ownProducerId: string | null = null,
  ) {}

  get national(): boolean {
    return this.regionIds === null && this.ownProducerId === null;
  }

  /** Whether something located in `regionId` is within the scope (nothing without a region is, except nationwide). */
  includes(regionId: string | null | undefined): boolean {
    if (this.ownProducerId !== null) return false;
    if (this.regionIds === null) return true;
    return !!regionId && this.regionIds.includes(regionId);
  }

  /** Where-fragment for producers: `db.producer.findMany({ where: { ...scope.producers(), … } })`. */
  producers(): Prisma.ProducerWhereInput {
    if (this.ownProducerId !== null) return { id: this.ownProducerId };
    if (this.regionIds === null) return {};
    return { regionId: { in: [...this.regionIds] } };
  }

  /** Where-fragment for anything that belongs to a producer: `{ producer: scope.producers() }`, or nothing to add. */
  ofProducer(): { producer?: Prisma.ProducerWhereInput } {
    return this.national ? {} : { producer: this.producers() };
  }

  /**
   * Where-fragment for a model with its own `regionId` (fairs, ideas, programmes, officers' accounts, the
   * audit log): rows without a region are visible nationwide only.
   */
  byRegion(): { regionId?: { in: string[] } } {
    if (this.ownProducerId !== null) return { regionId: { in: [] } };
    if (this.regionIds === null) return {};
    return { regionId: { in: [...this.regionIds] } };
  }
}
