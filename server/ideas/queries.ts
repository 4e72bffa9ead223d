import "server-only";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/db";

export interface IdeaRow {
  id: string;
  title: string;
  description: string;
  proposerName: string;
  proposerContact: string;
  group: string | null;
  status: string;
  reviewNote: string | null;
  createdAt: string;
}

/** The officers' inbox: new ideas first, then the rest by date. */
export async function listIdeasForReview(viewer: Viewer | null): Promise<IdeaRow[]> {
  authorize(viewer, "idea.review");
  const rows = await db.productIdea.findMany({ orderBy: [{ status: "asc" }, { createdAt: "desc" }], take: 200 });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    proposerName: r.proposerName,
    proposerContact: r.proposerContact,
    group: r.group,
    status: r.status,
    reviewNote: r.reviewNote,
    createdAt: r.createdAt.toISOString(),
  }));
}
