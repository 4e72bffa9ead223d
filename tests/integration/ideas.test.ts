import { describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { parseListQuery } from "@/lib/list-query";
import { reviewIdea, submitIdea } from "@/server/ideas/mutations";
import { IDEA_LIST, listIdeasForOfficer } from "@/server/ideas/queries";
import { createOfficerViewer, createProducerViewer, createRegion } from "../factories";
import { codeOf } from "../support/outcome";


const idea = (over: Record<string, string> = {}) => ({
  proposerName: "Lò Văn Sáng",
  proposerContact: "0912 345 678",
  title: "Miến dong Minh Tân",
  description: "Miến làm từ củ dong riềng trồng tại xã Minh Tân, phơi nắng tự nhiên.",
  group: "FOOD",
  ...over,
});

describe("product ideas", () => {
  it("are accepted from anyone with a commune, and officers review them with an audit entry", async () => {
    const commune = await createRegion();
    const { id } = await submitIdea(idea({ regionId: commune.id }));
    const officer = await createOfficerViewer();
    expect((await listIdeasForOfficer(officer.viewer, parseListQuery(IDEA_LIST, {}))).items.map((i) => i.id)).toContain(id);
    await reviewIdea(officer.viewer, id, { status: "ACCEPTED", reviewNote: "Hướng dẫn lập phương án kinh doanh" });
    expect(await db.productIdea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", reviewedById: officer.user.id });
    expect(await db.auditLog.count({ where: { entityId: id, action: "idea.review" } })).toBe(1);
  });

  it("refuse missing fields, unknown communes and filled honeypots", async () => {
    expect(await codeOf(submitIdea(idea({ title: "" })))).toBe("VALIDATION");
    expect(await codeOf(submitIdea(idea({ regionId: "no-such-region" })))).toBe("VALIDATION");
    expect(await codeOf(submitIdea(idea({ website: "http://spam.example" })))).toBe("VALIDATION");
  });

  it("are reviewed only by officers", async () => {
    const { id } = await submitIdea(idea());
    const producer = await createProducerViewer();
    expect(await codeOf(reviewIdea(producer.viewer, id, { status: "ACCEPTED" }))).toBe("FORBIDDEN");
    expect(await codeOf(reviewIdea(null, id, { status: "ACCEPTED" }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listIdeasForOfficer(producer.viewer, parseListQuery(IDEA_LIST, {})))).toBe("FORBIDDEN");
  });
});
