import { describe, expect, it } from "vitest";
import { publicPictures } from "./pictures";

const drawing = (key: string) => ({ key, illustration: true });
const photo = (key: string) => ({ key, illustration: false });

describe("publicPictures", () => {
  it("shows the illustrations, in order, while there is no photo", () => {
    expect(publicPictures([drawing("a"), drawing("b")]).map((i) => i.key)).toEqual(["a", "b"]);
  });

  it("drops every illustration once one real photo is approved, wherever it stands", () => {
    expect(publicPictures([drawing("a"), drawing("b"), photo("c")]).map((i) => i.key)).toEqual(["c"]);
    expect(publicPictures([photo("c"), drawing("a"), photo("d")]).map((i) => i.key)).toEqual(["c", "d"]);
  });

  it("shows nothing for a gallery without pictures", () => {
    expect(publicPictures([])).toEqual([]);
  });
});
