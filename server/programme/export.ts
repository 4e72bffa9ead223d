import { toCsv } from "@/lib/csv";
import type { ProgrammeFigures } from "./figures";

type Column = "section" | "key" | "label_vi" | "label_en" | "baseline" | "value" | "today" | "goal" | "goal_max" | "unit" | "as_of";

const COLUMNS: { key: Column; header: string }[] = [
  { key: "section", header: "section" },
  { key: "key", header: "key" },
  { key: "label_vi", header: "label_vi" },
  { key: "label_en", header: "label_en" },
  { key: "baseline", header: "baseline" },
  { key: "value", header: "value" },
  { key: "today", header: "today" },
  { key: "goal", header: "goal" },
  { key: "goal_max", header: "goal_max" },
  { key: "unit", header: "unit" },
  { key: "as_of", header: "as_of" },
];

/**
 * The figures as one long CSV: a row per target (baseline, value on the as-of day, today's value for
 * a past period's state targets, goal), then a row per breakdown cell ("certified_by_stars", "3", …),
 * so a spreadsheet can filter by section. Every row says the day it is counted on.
 */
export function programmeFiguresCsv(figures: ProgrammeFigures): string {
  const asOf = figures.asOf;
  const rows: Partial<Record<Column, string | number | null>>[] = figures.targets.map((t) => ({
    section: "target",
    key: t.metric,
    label_vi: t.labelVi,
    label_en: t.labelEn,
    baseline: t.baseline,
    value: t.value,
    today: t.today,
    goal: t.goal,
    goal_max: t.goalMax,
    unit: t.unit,
    as_of: asOf,
  }));
  const breakdown = (section: string, cells: { key: string; count: number; name?: string; nameEn?: string | null; baseline?: number | null }[], day = asOf) => {
    for (const cell of cells) {
      rows.push({ section, key: cell.key, label_vi: cell.name ?? null, label_en: cell.nameEn ?? null, baseline: cell.baseline ?? null, value: cell.count, as_of: day });
    }
  };
  breakdown("certified_by_stars", figures.certified.byStars);
  breakdown("certified_by_group", figures.certified.byGroup);
  breakdown("certified_by_subgroup", figures.certified.bySubgroup);
  breakdown("certified_by_commune", figures.certified.byCommune);
  breakdown("certified_by_year", figures.certified.byYear);
  breakdown("new_organisations_by_legal_form", figures.newOrganisations.byLegalForm);
  breakdown("new_organisations_by_kind", figures.newOrganisations.byKind);
  breakdown("ideas_by_commune", figures.ideasByCommune);
  const figure = (key: string, value: number, day = asOf) => rows.push({ section: "figure", key, value, as_of: day });
  figure("certified_total", figures.certified.total);
  figure("tourism_products", figures.tourismProducts);
  figure("upgrades_3_to_4", figures.upgrades3To4);
  figure("upgrades_4_to_5", figures.upgrades4To5);
  figure("new_economic_organisations", figures.newOrganisations.total);
  figure("stalls_supported", figures.stallsSupported);
  figure("producers_all_commitments", figures.commitments.count);
  figure("ocop_producers", figures.commitments.of);
  figure("communes_with_team", figures.communeTeams.count);
  figure("communes", figures.communeTeams.of);
  figure("staff_trained", figures.staffTrained.count);
  figure("staff_serving", figures.staffTrained.of);
  figure("certificates_expiring_90_days", figures.expiringSoon, figures.today);
  return toCsv(rows, COLUMNS);
}
