import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import enAccounts from "@/messages/en/accounts.json";
import viAccounts from "@/messages/vi/accounts.json";
import type { Prisma } from "@/generated/prisma/client";
import { localizedHref } from "@/i18n/localized-href";
import { now, nowMs } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { regionScopeOf } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { sendMail } from "@/server/infra/mail/send-mail";
import { accountsInScope } from "./queries";
import { ZAcceptInvitationForm, ZChangePasswordForm, ZInviteOfficerForm, ZInviteProducerForm } from "./schemas";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

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

/** A one-time token and the row that stores its hash (the token itself is never stored). */
async function issueInvitation(tx: Prisma.TransactionClient, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // A new link replaces the old ones: only the latest works.
  await tx.invitationToken.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now() } });
  await tx.invitationToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(nowMs() + INVITATION_TTL_MS) } });
  return token;
}

export interface Invitation {
  userId: string;
  email: string;
  name: string;
  token: string;
}

/**
 * An officer creates a producer account for a producer of their region and gets a one-time link to
 * hand over (it is e-mailed too). Only the token's hash is stored; the link expires after 7 days and
 * works once.
 */
export async function inviteProducerUser(viewer: Viewer | null, input: unknown): Promise<Invitation> {
  authorize(viewer, "account.manage");
  const data = ZInviteProducerForm.parse(input);
  const scope = await regionScopeOf(viewer);
  // A producer outside the officer's region is refused like one that does not exist.
  const producer = await db.producer.findFirst({ where: { id: data.producerId, ...scope.producers() }, select: { id: true } });
  if (!producer) throw new AppError("VALIDATION", "unknown producer", { producerId: "required" });
  return createInvitedAccount(viewer, { email: data.email, name: data.name, role: "PRODUCER", producerId: producer.id, regionId: null });
}

/** An officer creates an officer account in their own region or one level below (a province: its communes). */
export async function inviteOfficerUser(viewer: Viewer | null, input: unknown): Promise<Invitation> {
  authorize(viewer, "account.manage");
  const data = ZInviteOfficerForm.parse(input);
  const scope = await regionScopeOf(viewer);
  // Only an officer of the whole country may create another one (an account without a region).
  if (data.regionId === null ? !scope.national : !scope.includes(data.regionId)) {
    throw new AppError("VALIDATION", "region outside the officer's", { regionId: "invalid" });
  }
  if (data.regionId && !(await db.region.findUnique({ where: { id: data.regionId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "unknown region", { regionId: "invalid" });
  }
  return createInvitedAccount(viewer, { email: data.email, name: data.name, role: "ADMIN", producerId: null, regionId: data.regionId });
}

async function createInvitedAccount(
  viewer: Viewer,
  account: { email: string; name: string; role: "PRODUCER" | "ADMIN"; producerId: string | null; regionId: string | null },
): Promise<Invitation> {
  const invitation = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: account.email } });
    if (existing) throw new AppError("CONFLICT", "email in use", { email: "emailTaken" });
    const user = await tx.user.create({ data: account });
    const token = await issueInvitation(tx, user.id);
    await recordAudit(tx, viewer, { action: "account.invite", entityType: "User", entityId: user.id, after: { email: account.email, role: account.role, producerId: account.producerId, regionId: account.regionId } });
    return { userId: user.id, email: user.email, name: user.name, token };
  });
  await mailInvitation(invitation);
  return invitation;
}

/**
 * Sends new invitation links to the picked accounts that have not set a password yet (their old links
 * stop working). Accounts outside the officer's region, disabled or already signed up are skipped.
 */
export async function resendInvitations(viewer: Viewer | null, ids: readonly string[]): Promise<{ sent: Invitation[]; skipped: number }> {
  authorize(viewer, "account.manage");
  const scope = await regionScopeOf(viewer);
  const wanted = [...new Set(ids)];
  const sent = await db.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where: { AND: [accountsInScope(scope), { id: { in: wanted }, active: true, passwordHash: null }] }, orderBy: { name: "asc" } });
    const issued: Invitation[] = [];
    for (const user of users) {
      const token = await issueInvitation(tx, user.id);
      await recordAudit(tx, viewer, { action: "account.resendInvitation", entityType: "User", entityId: user.id });
      issued.push({ userId: user.id, email: user.email, name: user.name, token });
    }
    return issued;
  });
  for (const invitation of sent) await mailInvitation(invitation);
  return { sent, skipped: wanted.length - sent.length };
}

/**
 * Disables or re-enables the picked accounts of the officer's region. A disabled account cannot sign
 * in; an officer cannot disable their own account (someone else must).
 */
export async function setAccountsActive(viewer: Viewer | null, ids: readonly string[], active: boolean): Promise<{ changed: number; skipped: number }> {
  authorize(viewer, "account.manage");
  const scope = await regionScopeOf(viewer);
  const wanted = [...new Set(ids)];
  const changed = await db.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where: { AND: [accountsInScope(scope), { id: { in: wanted.filter((id) => id !== viewer.userId) }, active: !active }] } });
    for (const user of users) {
      await tx.user.update({ where: { id: user.id }, data: { active } });
      // Outstanding invitation links die with the account; enabling it again means sending a new one.
      if (!active) await tx.invitationToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: now() } });
      await recordAudit(tx, viewer, { action: active ? "account.enable" : "account.disable", entityType: "User", entityId: user.id, before: { active: !active }, after: { active } });
    }
    return users.length;
  });
  return { changed, skipped: wanted.length - changed };
}

/**
 * The invitation e-mail, in Vietnamese and English (the account's language is not known yet). A mail
 * failure never undoes the account: it is logged, and the officer has the link on screen to hand over.
 */
async function mailInvitation(invitation: Invitation): Promise<void> {
  const vi = createTranslator({ locale: "vi", messages: { accounts: viAccounts }, namespace: "accounts.invite" });
  const en = createTranslator({ locale: "en", messages: { accounts: enAccounts }, namespace: "accounts.invite" });
  try {
    await sendMail({
      to: invitation.email,
      subject: `${vi("mailSubject")} / ${en("mailSubject")}`,
      text: `${vi("mailBody", { name: invitation.name, link: invitationLink(invitation.token, "vi") })}\n\n---\n\n${en("mailBody", { name: invitation.name, link: invitationLink(invitation.token, "en") })}\n`,
    });
  } catch (error) {
    console.error(`invitation mail for user ${invitation.userId} failed`, error);
  }
}

/** The link an officer hands over with a new invitation. */
export function invitationLink(token: string, locale: string): string {
  return `${readEnv().PUBLIC_BASE_URL.replace(/\/$/, "")}${localizedHref(`/invite/${token}`, locale)}`;
}

/** Whether an invitation link can still be used (for showing the form or a clear "expired" page). */
export async function invitationIsUsable(token: string, at = now()): Promise<boolean> {
  const found = await db.invitationToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return !!found && !found.usedAt && found.expiresAt > at;
}

export async function acceptInvitation(input: unknown, at = now()): Promise<{ email: string }> {
  const data = ZAcceptInvitationForm.parse(input);
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    // Marking the token used in the same statement that checks it makes a second use impossible.
    const claimed = await tx.invitationToken.updateMany({
      // A disabled account's link does nothing: disabling is undone only by an officer.
      where: { tokenHash: hashToken(data.token), usedAt: null, expiresAt: { gt: at }, user: { active: true } },
      data: { usedAt: at },
    });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", "invitation unknown, used or expired");
    const invitation = await tx.invitationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(data.token) } });
    const user = await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash } });
    return { email: user.email };
  });
}
