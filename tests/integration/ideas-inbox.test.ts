import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { reviewIdea, submitIdea } from "@/server/ideas/mutations";
import { listIdeasForReview } from "@/server/ideas/queries";
import { createOfficerViewer, createProducerViewer } from "../factories";

const idea = {
  title: "Mứt gừng Vị Xuyên",
  description: "Gừng trồng ở thôn Nậm Tang, làm mứt theo cách của các bà.",
  proposerName: "Lò Thị Hoa",
  proposerContact: "0912 345 678",
  group: "FOOD",
};

const code = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe("product ideas", () => {
  it("are submitted by anyone and reviewed only by officers, with an audit entry", async () => {
    const { id } = await submitIdea({ ...idea, group: "" });
    expect((await db.productIdea.findUniqueOrThrow({ where: { id } })).group).toBeNull();

    const { viewer: officer } = await createOfficerViewer();
    const { viewer: producer } = await createProducerViewer();
    const review = { ideaId: id, status: "ACCEPTED", reviewNote: "Mời hợp tác xã Nậm Tang làm thử." };
    expect(code(await reviewIdea(null, review).catch((e) => e))).toBe("UNAUTHENTICATED");
    expect(code(await reviewIdea(producer, review).catch((e) => e))).toBe("FORBIDDEN");
    expect(code(await listIdeasForReview(producer).catch((e) => e))).toBe("FORBIDDEN");
    expect(code(await reviewIdea(officer, { ...review, ideaId: "missing" }).catch((e) => e))).toBe("NOT_FOUND");

    await reviewIdea(officer, review);
    const inbox = await listIdeasForReview(officer);
    expect(inbox.find((row) => row.id === id)).toMatchObject({ status: "ACCEPTED", reviewNote: review.reviewNote });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "idea.review", actorId: officer.userId, before: { status: "NEW" }, after: { status: "ACCEPTED" } });
  });

  it("refuse short or over-long fields and unknown groups", async () => {
    const error = await submitIdea({ ...idea, proposerName: "Kẻ gây rối", title: "x", group: "WEAPONS", proposerContact: "" }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    const fields = (error as ZodError).issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["title", "group", "proposerContact"]));
    await expect(submitIdea({ ...idea, proposerName: "Kẻ gây rối", description: "d".repeat(4001) })).rejects.toBeInstanceOf(ZodError);
    expect(await db.productIdea.count({ where: { proposerName: "Kẻ gây rối" } })).toBe(0);
  });
});
