import "server-only";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";

export interface IdeaView {
  id: string;
  title: string;
  description: string;
  proposerName: string;
  proposerContact: string;
  commune: string | null;
  status: "NEW" | "UNDER_REVIEW" | "ACCEPTED" | "DECLINED";
  reviewNote: string;
}

/** The officers' inbox of product ideas: new ones first, then under review, accepted, declined. */
export async function listIdeas(viewer: Viewer): Promise<IdeaView[]> {
  authorize(viewer, "idea.review");
  const rows = await db.productIdea.findMany({ orderBy: [{ status: "asc" }, { createdAt: "desc" }], include: { region: { select: { name: true } } } });
  return rows.map((idea) => ({
    id: idea.id,
    title: idea.title,
    description: idea.description,
    proposerName: idea.proposerName,
    proposerContact: idea.proposerContact,
    commune: idea.region?.name ?? null,
    status: idea.status,
    reviewNote: idea.reviewNote ?? "",
  }));
}
