import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@/server/infra/openapi/openapi-registry";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const CountRow = z.object({ key: z.string(), count: z.number().int() });
const NamedCountRow = CountRow.extend({ name: z.string(), nameEn: z.string().nullable() });
const SubgroupRow = NamedCountRow.extend({
  group: z.string().nullable(),
  baseline: z.number().int().nullable().openapi({ description: "The resolution's own figure for this subgroup at the start of the period" }),
});
const Share = z.object({ count: z.number().int(), of: z.number().int(), percent: z.number().int() });

const ZProgrammeSummary = z
  .object({
    slug: z.string(),
    nameVi: z.string(),
    nameEn: z.string().nullable(),
    reference: z.string().nullable(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    isCurrent: z.boolean(),
    region: z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable(), level: z.string() }).nullable(),
  })
  .openapi("ProgrammeSummary");

const ZProgrammeFigures = z
  .object({
    programme: ZProgrammeSummary,
    asOf: Day.openapi({ description: "The day the figures are counted on: today, or the last day of a past period", example: "2025-12-31" }),
    today: Day,
    frozen: z.boolean().openapi({ description: "The period has ended: figures are as of its last day" }),
    targets: z.array(
      z.object({
        id: z.string(),
        metric: z.string(),
        labelVi: z.string(),
        labelEn: z.string(),
        baseline: z.number(),
        goal: z.number(),
        goalMax: z.number().nullable(),
        unit: z.string(),
        value: z.number().nullable().openapi({ description: "The figure on the as-of day; null for a metric the site does not compute" }),
        today: z.number().nullable().openapi({ description: "For a past period's state targets: the same figure today" }),
        percent: z.number().int(),
        reached: z.boolean(),
      }),
    ),
    certified: z.object({
      total: z.number().int(),
      byStars: z.array(CountRow),
      byGroup: z.array(CountRow),
      bySubgroup: z.array(SubgroupRow),
      byCommune: z.array(NamedCountRow),
      byYear: z.array(CountRow),
    }),
    tourismProducts: z.number().int(),
    commitments: Share,
    communeTeams: Share,
    staffTrained: Share,
    upgrades3To4: z.number().int(),
    upgrades4To5: z.number().int(),
    newOrganisations: z.object({ total: z.number().int(), byLegalForm: z.array(CountRow), byKind: z.array(CountRow) }),
    stallsSupported: z.number().int(),
    ideasByCommune: z.array(NamedCountRow),
    now: z
      .object({ certifiedTotal: z.number().int(), tourismProducts: z.number().int(), commitments: Share, communeTeams: Share, staffTrained: Share })
      .nullable(),
    expiringSoon: z.number().int(),
  })
  .openapi("ProgrammeFigures");

export const ZProgrammeQuery = z.object({
  programme: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .openapi({ description: "A programme's slug (see /programmes); without it, the programme /programme shows" }),
});

export function registerProgrammeApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/programme",
    summary: "An OCOP programme's targets against its figures, counted within its region",
    request: { query: ZProgrammeQuery },
    responses: {
      200: { description: "Targets and figures", content: { "application/json": { schema: ZProgrammeFigures } } },
      404: { description: "No such programme" },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/programmes",
    summary: "Every OCOP programme: region and period",
    responses: { 200: { description: "Programmes", content: { "application/json": { schema: z.object({ data: z.array(ZProgrammeSummary) }) } } } },
  });
}
