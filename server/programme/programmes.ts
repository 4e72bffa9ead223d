import "server-only";
import { db } from "@/server/infra/db";

/*
 * Programmes are data: each belongs to a region (none: nationwide) and a period of whole years. The
 * one marked current is what `/programme` shows; every programme has its own page at
 * `/programme/<slug>`.
 */

const PROGRAMME_INCLUDE = {
  region: { select: { slug: true, name: true, nameEn: true, level: true } },
  targets: { orderBy: [{ position: "asc" as const }, { metric: "asc" as const }] },
  subgroupBaselines: { select: { count: true, subgroup: { select: { code: true } } } },
};

/** `slug`'s programme, or without one the programme `/programme` shows (current first, then the latest). */
export async function findProgramme(slug: string | null) {
  if (slug !== null) return db.programme.findUnique({ where: { slug }, include: PROGRAMME_INCLUDE });
  return db.programme.findFirst({
    orderBy: [{ isCurrent: "desc" }, { endYear: "desc" }, { createdAt: "desc" }],
    include: PROGRAMME_INCLUDE,
  });
}

export interface ProgrammeSummary {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  reference: string | null;
  startYear: number;
  endYear: number;
  isCurrent: boolean;
  /** Null for a nationwide programme. */
  region: { slug: string; name: string; nameEn: string | null; level: string } | null;
}

export function programmeSummary(p: {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  reference: string | null;
  startYear: number;
  endYear: number;
  isCurrent: boolean;
  region: { slug: string; name: string; nameEn: string | null; level: string } | null;
}): ProgrammeSummary {
  return {
    slug: p.slug,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    reference: p.reference,
    startYear: p.startYear,
    endYear: p.endYear,
    isCurrent: p.isCurrent,
    region: p.region && { slug: p.region.slug, name: p.region.name, nameEn: p.region.nameEn, level: p.region.level },
  };
}

/** Every programme, the current one first, then by period (latest first) and name. */
export async function listProgrammes(): Promise<ProgrammeSummary[]> {
  const rows = await db.programme.findMany({
    include: { region: { select: { slug: true, name: true, nameEn: true, level: true } } },
    orderBy: [{ isCurrent: "desc" }, { endYear: "desc" }, { startYear: "desc" }, { nameVi: "asc" }],
  });
  return rows.map(programmeSummary);
}
