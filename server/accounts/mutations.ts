import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { now as clockNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import { ZAcceptInvitationForm, ZChangePasswordForm, ZInviteProducerForm } from "./schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function changePassword(viewer: Viewer | null, input: unknown): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const data = ZChangePasswordForm.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, omit: { passwordHash: false } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("VALIDATION", "wrong current password", { currentPassword: "wrongPassword" });
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(data.newPassword) } });
}

/**
 * An officer creates a producer account and gets a one-time link to hand over. Only the token's hash
 * is stored; the link expires after 7 days and works once.
 */
export async function inviteProducerUser(viewer: Viewer | null, input: unknown, now = clockNow()): Promise<{ userId: string; token: string }> {
  authorize(viewer, "account.manage");
  const data = ZInviteProducerForm.parse(input);
  const producer = await db.producer.findUnique({ where: { id: data.producerId }, select: { id: true } });
  if (!producer) throw new AppError("VALIDATION", "unknown producer", { producerId: "required" });
  const token = randomBytes(32).toString("base64url");
  const userId = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    if (existing) throw new AppError("CONFLICT", "email in use", { email: "emailTaken" });
    const user = await tx.user.create({ data: { email: data.email, name: data.name, role: "PRODUCER", producerId: producer.id } });
    await tx.invitationToken.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    });
    await recordAudit(tx, viewer, { action: "account.invite", entityType: "User", entityId: user.id, after: { email: data.email, producerId: producer.id } });
    return user.id;
  });
  return { userId, token };
}

/** Whether an invitation link can still be used (for showing the form or a clear "expired" page). */
export async function invitationIsUsable(token: string, now = clockNow()): Promise<boolean> {
  const found = await db.invitationToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return !!found && !found.usedAt && found.expiresAt > now;
}

export async function acceptInvitation(input: unknown, now = clockNow()): Promise<{ email: string }> {
  const data = ZAcceptInvitationForm.parse(input);
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    // Marking the token used in the same statement that checks it makes a second use impossible.
    const claimed = await tx.invitationToken.updateMany({
      where: { tokenHash: hashToken(data.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", "invitation unknown, used or expired");
    const invitation = await tx.invitationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(data.token) } });
    const user = await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash, active: true } });
    return { email: user.email };
  });
}
