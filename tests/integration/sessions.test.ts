import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/server/accounts/mutations";
import { pinClock } from "@/lib/clock";
import { createSession, pruneSessions, SESSION_MAX_AGE_SECONDS, sessionOfToken, viewerOfSession } from "@/server/auth/session-token";
import { db } from "@/server/infra/db";
import { setProducersStatus } from "@/server/producers/admin-mutations";
import { createOfficerViewer, createProducer, createUser, TEST_PASSWORD, viewerOf } from "../factories";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
});

/** A session cookie issued now for the user, as sign-in issues it. */
function sessionOf(userId: string, device = "Chrome, Android"): Promise<string> {
  return createSession(userId, device);
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
    await setProducersStatus(officer.viewer, [producer.id], { status: "SUSPENDED", reason: "Vi phạm an toàn thực phẩm" });
    for (const token of tokens) expect(await viewerOfSession(token)).toBeNull();
    await setProducersStatus(officer.viewer, [producer.id], { status: "ACTIVE" });
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

  it("are devices: signing one out ends it (every copy of its cookie) and no other", async () => {
    const user = await createUser("ADMIN");
    const [phone, laptop] = [await sessionOf(user.id, "Chrome, Android"), await sessionOf(user.id, "Firefox, Windows")];
    const phoneSession = await sessionOfToken(phone);
    expect(phoneSession).not.toBeNull();
    const rows = await db.session.findMany({ where: { userId: user.id }, select: { device: true } });
    expect(rows.map((r) => r.device).sort()).toEqual(["Chrome, Android", "Firefox, Windows"]);
    await db.session.delete({ where: { id: phoneSession!.sessionId } });
    expect(await viewerOfSession(phone)).toBeNull();
    expect(await viewerOfSession(laptop)).not.toBeNull();
    // A token naming another user's session is nobody.
    const other = await createUser("ADMIN");
    const laptopSession = await sessionOfToken(laptop);
    await db.session.update({ where: { id: laptopSession!.sessionId }, data: { userId: other.id } });
    expect(await viewerOfSession(laptop)).toBeNull();
  });

  it("expire after eight hours, and expired or revoked rows are pruned", async () => {
    const start = Date.parse("2026-11-30T01:00:00Z");
    pinClock(start);
    try {
      const user = await createUser("ADMIN");
      const token = await sessionOf(user.id);
      const stale = await sessionOf(user.id);
      pinClock(start + (SESSION_MAX_AGE_SECONDS - 60) * 1000);
      expect(await viewerOfSession(token)).not.toBeNull();
      await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      expect(await viewerOfSession(stale)).toBeNull();
      const fresh = await sessionOf(user.id);
      pinClock(start + (SESSION_MAX_AGE_SECONDS + 60) * 1000);
      expect(await viewerOfSession(fresh)).not.toBeNull();
      expect(await viewerOfSession(token)).toBeNull();
      await pruneSessions();
      expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      pinClock(null);
    }
  });
});
