import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("settings", () => {
  it("read the proxies trusted for X-Forwarded-For as a non-negative integer, none by default", () => {
    expect(readEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(readEnv({ TRUSTED_PROXIES: "0" }).TRUSTED_PROXIES).toBe(0);
    expect(readEnv({}).TRUSTED_PROXIES).toBe(0);
    // A wrong value stops the app with a clear error rather than being quietly replaced.
    expect(() => readEnv({ TRUSTED_PROXIES: "-1" })).toThrow();
    expect(() => readEnv({ TRUSTED_PROXIES: "two" })).toThrow();
  });

  it("keep catalogue reads on the primary for ten seconds after a change unless told otherwise", () => {
    expect(readEnv({}).DATABASE_REPLICA_GRACE_MS).toBe(10_000);
    expect(readEnv({ DATABASE_REPLICA_GRACE_MS: "0" }).DATABASE_REPLICA_GRACE_MS).toBe(0);
  });
});
