import { z } from "zod";
import { OCOP_GROUPS } from "@/lib/ocop-groups";

// Messages are keys in messages/<locale>/forms.json.
export const ZIdeaForm = z.object({
  title: z.string().trim().min(3, "required").max(160, "tooLong"),
  description: z.string().trim().min(10, "required").max(4000, "tooLong"),
  proposerName: z.string().trim().min(2, "required").max(120, "tooLong"),
  proposerContact: z.string().trim().min(5, "required").max(200, "tooLong"),
  // An empty select means "not sure yet".
  group: z.preprocess((v) => (v === "" ? undefined : v), z.enum(OCOP_GROUPS).optional()),
});

export const IDEA_STATUSES = ["NEW", "UNDER_REVIEW", "ACCEPTED", "DECLINED"] as const;

export const ZIdeaReviewForm = z.object({
  ideaId: z.string().min(1, "required"),
  status: z.enum(IDEA_STATUSES, "invalid"),
  reviewNote: z.string().trim().max(2000, "tooLong").optional().transform((v) => v || null),
});
