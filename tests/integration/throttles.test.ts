import { afterEach, describe, expect, it } from "vitest";
import { pinClock } from "@/lib/clock";
import type { ThrottleRule } from "@/lib/throttle";
import { authenticateWithPassword, LOGIN_THROTTLES } from "@/server/auth/authenticate";
import { db } from "@/server/infra/db";
import { assertNotThrottled, pruneThrottles, recordAttempt, takeAttempt, throttleWait } from "@/server/infra/throttle";
import { createUser, TEST_PASSWORD, unique } from "../factories";
import { codeOf } from "../support/outcome";

const T0 = new Date("2026-12-01T09:00:00+07:00").getTime();
const minutes = (n: number) => n * 60_000;

afterEach(() => pinClock(null));

describe("the throttle kit", () => {
  const rule: ThrottleRule = { name: "test:ceiling", limit: 3, windowSeconds: 60 };

  it("refuses past the limit with the wait, and lets the key through again when the window ends", async () => {
    pinClock(T0);
    const key = unique("k");
    for (let i = 0; i < 3; i++) await takeAttempt([{ rule, key }]);
    const refused = await takeAttempt([{ rule, key }]).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 60 } });
    // Another key is not affected.
    await takeAttempt([{ rule, key: unique("other") }]);
    pinClock(T0 + 60_000);
    await takeAttempt([{ rule, key }]);
  });

  it("counts concurrent attempts exactly, across connections", async () => {
    pinClock(T0);
    const key = unique("k");
    const wide: ThrottleRule = { name: "test:concurrent", limit: 10, windowSeconds: 60 };
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => takeAttempt([{ rule: wide, key }]).then(() => "ok", (error: { code?: string }) => error.code)));
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === "RATE_LIMITED")).toHaveLength(15);
  });

  it("stores no email or address in clear", async () => {
    const email = `${unique("who")}@example.vn`;
    await recordAttempt([{ rule, key: `${email} 203.0.113.9` }]);
    const rows = await db.$queryRaw<{ key: string }[]>`SELECT key FROM throttles WHERE key LIKE 'test:ceiling:%'`;
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).not.toContain(email);
      expect(key).not.toContain("203.0.113.9");
    }
  });

  it("deletes rows once their window is over, and keeps those still counting", async () => {
    pinClock(T0);
    const backoff: ThrottleRule = { name: "test:prune", limit: 1, windowSeconds: 600, backoff: { baseSeconds: 60, maxSeconds: 600 } };
    const old = unique("old");
    const live = unique("live");
    await recordAttempt([{ rule, key: old }]);
    pinClock(T0 + minutes(5));
    await recordAttempt([{ rule: backoff, key: live }]);
    const count = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM throttles WHERE key LIKE 'test:%'`)[0].n;
    const before = await count();
    pinClock(T0 + minutes(6));
    expect(await pruneThrottles()).toBeGreaterThanOrEqual(1);
    expect(await count()).toBeLessThan(before);
    expect(await throttleWait([{ rule: backoff, key: live }])).toBe(0);
    expect((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM throttles WHERE key LIKE 'test:prune:%'`)[0].n).toBe(1n);
  });
});

describe("sign-in throttles", () => {
  it("slow a guesser on one address with a doubling wait, and never refuse the owner elsewhere", async () => {
    pinClock(T0);
    const user = await createUser("ADMIN");
    const attacker = { address: unique("attacker") };
    for (let i = 0; i < LOGIN_THROTTLES.accountAddress.limit; i++) {
      expect(await authenticateWithPassword(user.email, "guess", attacker)).toBeNull();
    }
    // The attacker waits 30 s, even with the right password…
    expect(await codeOf(authenticateWithPassword(user.email, TEST_PASSWORD, attacker))).toBe("RATE_LIMITED");
    // …while the owner, from their own address, gets in at once.
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address: unique("owner") })).toMatchObject({ id: user.id });
    pinClock(T0 + 30_000);
    expect(await authenticateWithPassword(user.email, "guess", attacker)).toBeNull();
    // The next wait is twice as long.
    pinClock(T0 + 30_000 + 59_000);
    expect(await codeOf(authenticateWithPassword(user.email, "guess", attacker))).toBe("RATE_LIMITED");
    pinClock(T0 + 30_000 + 60_000);
    expect(await authenticateWithPassword(user.email, "guess", attacker)).toBeNull();
  });

  it("hold many addresses guessing one account to a ceiling, which the owner's known browser passes", async () => {
    pinClock(T0);
    const user = await createUser("PRODUCER");
    for (let i = 0; i < LOGIN_THROTTLES.account.limit; i++) {
      expect(await authenticateWithPassword(user.email, "guess", { address: unique("bot") })).toBeNull();
    }
    expect(await codeOf(authenticateWithPassword(user.email, "guess", { address: unique("bot") }))).toBe("RATE_LIMITED");
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address: unique("owner"), knownDevice: true })).toMatchObject({ id: user.id });
    // The ceiling is a backoff too: a new browser waits minutes, not forever.
    pinClock(T0 + minutes(5));
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address: unique("owner") })).toMatchObject({ id: user.id });
  });

  it("hold one address trying many accounts, unknown emails alike", async () => {
    pinClock(T0);
    const address = unique("sprayer");
    for (let i = 0; i < LOGIN_THROTTLES.address.limit; i++) {
      expect(await authenticateWithPassword(`${unique("nobody")}@example.vn`, "guess", { address })).toBeNull();
    }
    const user = await createUser("ADMIN");
    expect(await codeOf(authenticateWithPassword(user.email, TEST_PASSWORD, { address }))).toBe("RATE_LIMITED");
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, { address, knownDevice: true })).toMatchObject({ id: user.id });
  });

  it("start afresh for an account and address after the owner signs in there", async () => {
    pinClock(T0);
    const user = await createUser("ADMIN");
    const home = { address: unique("home") };
    for (let i = 0; i < LOGIN_THROTTLES.accountAddress.limit - 1; i++) await authenticateWithPassword(user.email, "typo", home);
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, home)).not.toBeNull();
    for (let i = 0; i < LOGIN_THROTTLES.accountAddress.limit - 1; i++) await authenticateWithPassword(user.email, "typo", home);
    await assertNotThrottled([{ rule: LOGIN_THROTTLES.accountAddress, key: `${user.email} ${home.address}` }]);
  });
});
