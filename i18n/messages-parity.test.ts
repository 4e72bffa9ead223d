import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { loadMessages, type Messages } from "./messages";

/** Every message of a catalogue by its full key ("orders.checkout.errors.phone"). */
function flatten(tree: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
  }
  return out;
}

/** The names a message fills in ({count}, {name}, <link>…), however deep in plurals and selects. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe("the Vietnamese and English catalogues", async () => {
  const vi = flatten((await loadMessages("vi")) as Messages);
  const en = flatten((await loadMessages("en")) as Messages);

  // The compiler checks every key the code names against the Vietnamese catalogue
  // (i18n/app-config.d.ts); this keeps the English one level with it.
  it("have the same keys", () => {
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it("are valid ICU messages that fill in the same values", () => {
    const mismatched: string[] = [];
    for (const [key, viText] of vi) {
      const enText = en.get(key);
      if (enText === undefined) continue;
      const viArgs = [...argumentsOf(parse(viText))].sort();
      const enArgs = [...argumentsOf(parse(enText))].sort();
      if (viArgs.join() !== enArgs.join()) mismatched.push(`${key}: vi {${viArgs.join(", ")}} en {${enArgs.join(", ")}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("hold no empty message", () => {
    expect([...vi, ...en].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
