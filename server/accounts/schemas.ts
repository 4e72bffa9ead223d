import { z } from "zod";

// Messages are keys in messages/<locale>/forms.json.
export const ZLoginForm = z.object({
  email: z.string().trim().toLowerCase().email("email").max(254, "email"),
  password: z.string().min(1, "required").max(200, "tooLong"),
  // Any value: lib/safe-redirect.ts decides where it may lead (an unusable one leads home).
  callbackUrl: z.string().optional().catch(undefined),
});

const ZNewPassword = z.string().min(10, "passwordTooShort").max(200, "tooLong");

export const ZChangePasswordForm = z
  .object({ currentPassword: z.string().min(1, "required"), newPassword: ZNewPassword, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

export const ZAcceptInvitationForm = z
  .object({ token: z.string().min(20).max(200), newPassword: ZNewPassword, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

export const ZInviteProducerForm = z.object({
  email: z.string().trim().toLowerCase().email("email").max(254, "email"),
  name: z.string().trim().min(2, "required").max(120, "tooLong"),
  producerId: z.string().min(1, "required"),
});

export const ZInviteOfficerForm = z.object({
  email: z.string().trim().toLowerCase().email("email").max(254, "email"),
  name: z.string().trim().min(2, "required").max(120, "tooLong"),
  /** Empty: an officer of the whole country (only such an officer may create one). */
  regionId: z.string().trim().max(64).transform((v) => (v === "" ? null : v)),
});
