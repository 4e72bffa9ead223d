import { describe, expect, it } from "vitest";
import { loadMessages, pickMessages } from "./messages";

describe("pickMessages", () => {
  it("keeps only the named namespaces", async () => {
    const messages = await loadMessages("vi");
    const picked = pickMessages(messages, ["common", "listings"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "listings"]);
    expect(picked.listings).toBe(messages.listings);
  });
});
