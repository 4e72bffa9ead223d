import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "@/server/infra/openapi/openapi-registry";

const CountRow = z.object({ key: z.string(), count: z.number().int() });
const CommuneCountRow = CountRow.extend({ name: z.string(), nameEn: z.string().nullable() });

export const ZProgrammeFigures = z
  .object({
    asOf: z.string().openapi({ example: "2026-11-28" }),
    programme: z
      .object({
        slug: z.string(),
        nameVi: z.string(),
        nameEn: z.string().nullable(),
        reference: z.string().nullable(),
        startYear: z.number().int(),
        endYear: z.number().int(),
        regionName: z.string().nullable(),
      })
      .nullable(),
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
        now: z.number().nullable(),
        percent: z.number().int(),
        reached: z.boolean(),
      }),
    ),
    certified: z.object({
      total: z.number().int(),
      byStars: z.array(CountRow),
      byGroup: z.array(CountRow),
      byCommune: z.array(CommuneCountRow),
      byYear: z.array(CountRow),
    }),
    tourismProducts: z.number().int(),
    upgrades3To4: z.number().int(),
    upgrades4To5: z.number().int(),
    newOrganisations: z.object({ total: z.number().int(), byLegalForm: z.array(CountRow) }),
    showroomsSupported: z.number().int(),
    commitments: z.object({ complete: z.number().int(), producers: z.number().int(), percent: z.number().int() }),
    expiringSoon: z.number().int(),
    ideasByCommune: z.array(CommuneCountRow),
  })
  .openapi("ProgrammeFigures");

export function registerProgrammeApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/programme",
    summary: "The current OCOP programme's targets against live figures",
    responses: { 200: { description: "Targets and figures", content: { "application/json": { schema: ZProgrammeFigures } } } },
  });
}
