import { z } from "zod";
import { OCOP_GROUPS } from "@/lib/ocop-groups";

export const ZIdeaForm = z.object({
  proposerName: z.string().trim().min(2, "required").max(120, "tooLong"),
  proposerContact: z.string().trim().min(5, "required").max(120, "tooLong"),
  regionId: z.string().trim().max(40).transform((v) => (v === "" ? null : v)).nullable().optional(),
  group: z.union([z.literal(""), z.enum(OCOP_GROUPS)]).optional().transform((v) => (v ? v : null)),
  title: z.string().trim().min(3, "required").max(160, "tooLong"),
  description: z.string().trim().min(10, "required").max(4000, "tooLong"),
  // A field people never see: bots fill it, so a filled one is dropped.
  website: z.string().max(0, "invalid").optional(),
});

export const ZIdeaReview = z.object({
  status: z.enum(["UNDER_REVIEW", "ACCEPTED", "DECLINED"], { message: "required" }),
  reviewNote: z.string().trim().max(2000, "tooLong").default(""),
});
