import { toCsv } from "@/lib/csv";
import type { ProgrammeFigures } from "./queries";

type Column = "section" | "key" | "label_vi" | "label_en" | "baseline" | "value" | "goal" | "goal_max" | "unit";

const COLUMNS: { key: Column; header: string }[] = [
  { key: "section", header: "section" },
  { key: "key", header: "key" },
  { key: "label_vi", header: "label_vi" },
  { key: "label_en", header: "label_en" },
  { key: "baseline", header: "baseline" },
  { key: "value", header: "value" },
  { key: "goal", header: "goal" },
  { key: "goal_max", header: "goal_max" },
  { key: "unit", header: "unit" },
];

/**
 * The figures as one long CSV: a row per target (baseline, value now, goal), then a row per breakdown
 * cell ("certified_by_stars", "3", …), so a spreadsheet can filter by section.
 */
export function programmeFiguresCsv(figures: ProgrammeFigures): string {
  const rows: Partial<Record<Column, string | number | null>>[] = figures.targets.map((t) => ({
    section: "target",
    key: t.metric,
    label_vi: t.labelVi,
    label_en: t.labelEn,
    baseline: t.baseline,
    value: t.now,
    goal: t.goal,
    goal_max: t.goalMax,
    unit: t.unit,
  }));
  const breakdown = (section: string, cells: { key: string; count: number; name?: string }[]) => {
    for (const cell of cells) rows.push({ section, key: cell.key, label_vi: cell.name ?? null, value: cell.count });
  };
  breakdown("certified_by_stars", figures.certified.byStars);
  breakdown("certified_by_group", figures.certified.byGroup);
  breakdown("certified_by_commune", figures.certified.byCommune);
  breakdown("certified_by_year", figures.certified.byYear);
  breakdown("new_organisations_by_legal_form", figures.newOrganisations.byLegalForm);
  breakdown("ideas_by_commune", figures.ideasByCommune);
  rows.push(
    { section: "figure", key: "certified_total", value: figures.certified.total },
    { section: "figure", key: "tourism_products", value: figures.tourismProducts },
    { section: "figure", key: "upgrades_3_to_4", value: figures.upgrades3To4 },
    { section: "figure", key: "upgrades_4_to_5", value: figures.upgrades4To5 },
    { section: "figure", key: "showrooms_supported", value: figures.showroomsSupported },
    { section: "figure", key: "producers_all_commitments", value: figures.commitments.complete },
    { section: "figure", key: "producers_active", value: figures.commitments.producers },
    { section: "figure", key: "certificates_expiring_90_days", value: figures.expiringSoon },
  );
  return toCsv(rows, COLUMNS);
}
