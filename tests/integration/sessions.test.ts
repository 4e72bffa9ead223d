import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/server/accounts/mutations";
import { encodeSession, viewerOfSession } from "@/server/auth/session-token";
import { db } from "@/server/infra/db";
import { reactivateProducer, suspendProducer } from "@/server/producers/admin-mutations";
import { createOfficerViewer, createProducer, createUser, TEST_PASSWORD, viewerOf } from "../factories";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
});

/** A session cookie issued now for the user, as sign-in issues it. */
async function sessionOf(userId: string): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return encodeSession(userId, sessionVersion);
}

describe("sessions", () => {
  it("stand for the user as the database says now, not as the token said", async () => {
    const producer = await createProducer();
    const user = await createUser("PRODUCER", { producerId: producer.id });
    const token = await sessionOf(user.id);
    expect(await viewerOfSession(token)).toMatchObject({ userId: user.id, role: "PRODUCER", producerId: producer.id });
    await db.user.update({ where: { id: user.id }, data: { name: "Tên mới" } });
    expect(await viewerOfSession(token)).toMatchObject({ name: "Tên mới" });
  });

  it("refuse forged, garbled and missing tokens", async () => {
    const user = await createUser("ADMIN");
    const token = await sessionOf(user.id);
    expect(await viewerOfSession(undefined)).toBeNull();
    expect(await viewerOfSession("not-a-token")).toBeNull();
    expect(await viewerOfSession(`${token.slice(0, -4)}AAAA`)).toBeNull();
  });

  it("end when the producer is suspended, and stay ended after it is reactivated", async () => {
    const officer = await createOfficerViewer();
    const producer = await createProducer();
    const [owner, staff] = [await createUser("PRODUCER", { producerId: producer.id }), await createUser("PRODUCER", { producerId: producer.id })];
    const tokens = [await sessionOf(owner.id), await sessionOf(staff.id)];
    await suspendProducer(officer.viewer, producer.id, { reason: "Vi phạm an toàn thực phẩm" });
    for (const token of tokens) expect(await viewerOfSession(token)).toBeNull();
    await reactivateProducer(officer.viewer, producer.id);
    for (const token of tokens) expect(await viewerOfSession(token)).toBeNull();
    // A new sign-in after reactivation works.
    expect(await viewerOfSession(await sessionOf(owner.id))).not.toBeNull();
  });

  it("end everywhere when the password changes", async () => {
    const user = await createUser("PRODUCER");
    const before = await sessionOf(user.id);
    await changePassword(viewerOf(user), { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" });
    expect(await viewerOfSession(before)).toBeNull();
    expect(await viewerOfSession(await sessionOf(user.id))).not.toBeNull();
  });

  it("end when the role, the producer or the account's activity changes, whoever writes it", async () => {
    const user = await createUser("PRODUCER");
    const other = await createProducer();
    for (const change of [{ producerId: other.id }, { role: "ADMIN" as const, producerId: null }, { active: false }]) {
      const token = await sessionOf(user.id);
      await db.user.update({ where: { id: user.id }, data: change });
      expect(await viewerOfSession(token), JSON.stringify(change)).toBeNull();
    }
    // Writes that change nothing a session stands on leave sessions alone.
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    const token = await sessionOf(user.id);
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(0), locale: "en" } });
    expect(await viewerOfSession(token)).not.toBeNull();
  });
});
