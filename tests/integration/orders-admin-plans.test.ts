import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parseListQuery } from "@/lib/list-query";
import { generateNational } from "@/prisma/seed/generate-national";
import { listOrdersForOfficer, ORDER_LIST, totalsByProducerAndMonth } from "@/server/orders/queries";
import { createOfficerViewer } from "@/tests/factories";
import { queryRows } from "../support/pg-admin";

/**
 * The officers' orders page on a year of national orders reads what it shows through the indexes of
 * sub_orders (migration 20261201101156_officer_orders_indexes), not by reading every part of the year:
 * the plans PostgreSQL makes for the very SQL the page sends (captured from the driver), on data of
 * national size, so the planner weighs the costs it weighs in production. On a few hundred rows it
 * rightly prefers reading the whole table, and a plan test there would prove nothing. Timings are not
 * asserted: on this shared machine they vary several-fold, a plan does not.
 */
const PARTS = 30_000;
const url = () => process.env.DATABASE_URL!;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** Runs `read` and returns the plan of each statement it sent on sub_orders whose text matches `pick`. */
async function plansOf(read: () => Promise<unknown>, pick: RegExp): Promise<PlanNode[][]> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  let sent: { text: string; values: unknown[] }[];
  try {
    await read();
    sent = spy.mock.calls.flatMap(([q, values]) => {
      const text = typeof q === "string" ? q : (q as { text?: string }).text;
      const params = typeof q === "string" ? values : (q as { values?: unknown[] }).values;
      return text && /sub_orders/.test(text) && pick.test(text) ? [{ text, values: (params as unknown[]) ?? [] }] : [];
    });
  } finally {
    spy.mockRestore();
  }
  expect(sent.length).toBeGreaterThan(0);
  const plans: PlanNode[][] = [];
  for (const { text, values } of sent) {
    const [row] = await queryRows<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(url(), `EXPLAIN (FORMAT JSON) ${text}`, values);
    plans.push(nodesOf(row["QUERY PLAN"][0].Plan));
  }
  return plans;
}

const seqScansOfParts = (nodes: PlanNode[]) => nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "sub_orders");
const indexesUsed = (nodes: PlanNode[]) => nodes.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : []));

let province: string;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    // A year of orders from producers all over the country, as `npm run db:generate-national` makes them.
    await generateNational(client, { producers: 400, products: 800, batches: 0, orders: PARTS });
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  // The province with the most parts, as the busiest provincial officer sees the list.
  const [row] = await queryRows<{ id: string; parts: number }>(
    url(),
    `SELECT r.id, count(*)::int AS parts FROM sub_orders s JOIN producers p ON p.id = s."producerId"
       JOIN regions c ON c.id = p."regionId" JOIN regions r ON r.id = c."parentId" AND r.level = 'PROVINCE'
      GROUP BY r.id ORDER BY 2 DESC LIMIT 1`,
  );
  province = row.id;
}, 300_000);

describe("the officers' orders page at national scale", () => {
  it("holds a year of national orders", async () => {
    const [row] = await queryRows<{ parts: number }>(url(), `SELECT count(*)::int AS parts FROM sub_orders`);
    expect(row.parts).toBeGreaterThanOrEqual(PARTS);
  });

  it("reads a page of the list, newest first or of a day, through sub_orders(\"createdAt\" DESC, id), for the country and a province", async () => {
    const { viewer: country } = await createOfficerViewer();
    const { viewer: provincial } = await createOfficerViewer({ regionId: province });
    const views: [typeof country, Record<string, string>][] = [
      [country, {}],
      [country, { page: "3" }],
      [country, { from: "2026-11-20", to: "2026-11-20" }],
      [provincial, {}],
      [provincial, { from: "2026-11-20", to: "2026-11-20" }],
    ];
    for (const [viewer, search] of views) {
      // The page's rows (ORDER BY … LIMIT), not its count.
      const [plan] = await plansOf(() => listOrdersForOfficer(viewer, parseListQuery(ORDER_LIST, search)), /ORDER BY[\s\S]*LIMIT/);
      const seen = `${viewer.regionId ?? "country"} ${JSON.stringify(search)}`;
      expect(indexesUsed(plan), seen).toContain("sub_orders_createdAt_id_idx");
      expect(seqScansOfParts(plan), seen).toEqual([]);
    }
  });

  it("sums this month's and last month's deliveries through sub_orders(status, \"deliveredAt\"), not the whole year", async () => {
    const { viewer } = await createOfficerViewer();
    const plans = await plansOf(() => totalsByProducerAndMonth(viewer, { limit: 24 }), /DELIVERED/);
    // Two months of national deliveries fill the table: one statement, never the year's.
    expect(plans).toHaveLength(1);
    expect(indexesUsed(plans[0])).toContain("sub_orders_status_deliveredAt_idx");
    expect(seqScansOfParts(plans[0])).toEqual([]);
  });
});
