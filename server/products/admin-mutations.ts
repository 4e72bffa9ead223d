import "server-only";
import { isAppError } from "@/lib/errors";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { approveProduct, rejectProduct } from "./mutations";
import { ZRejectForm } from "./schemas";

/**
 * The products list's bulk review (confirmed by the officer first): approves, or rejects with one
 * reason, each picked product that waits for review, one by one through the same use cases as the
 * review queue. Products outside the officer's region or with nothing to review are skipped.
 */
export async function reviewProducts(viewer: Viewer | null, ids: readonly string[], decision: "approve" | "reject", input: unknown = {}): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "product.review");
  const rejection = decision === "reject" ? ZRejectForm.parse(input) : null;
  let changed = 0;
  const wanted = [...new Set(ids)];
  for (const id of wanted) {
    try {
      if (rejection) await rejectProduct(viewer, id, rejection);
      else await approveProduct(viewer, id);
      changed++;
    } catch (error) {
      if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "CONFLICT")) throw error;
    }
  }
  return { changed, skipped: wanted.length - changed };
}
