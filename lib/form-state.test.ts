import { describe, expect, it } from "vitest";
import { formValues, listOf, textOf } from "./form-state";

describe("formValues", () => {
  it("keeps text fields, turns repeated names into lists and leaves out files and Next's own fields", () => {
    const data = new FormData();
    data.append("name", "Chè");
    data.append("productIds", "a");
    data.append("productIds", "b");
    data.append("photo", new File(["x"], "x.jpg"));
    data.append("$ACTION_REF_1", "");
    const values = formValues(data);
    expect(values).toEqual({ name: "Chè", productIds: ["a", "b"] });
    expect(textOf(values, "name")).toBe("Chè");
    expect(textOf(values, "missing")).toBe("");
    expect(listOf(values, "name")).toEqual(["Chè"]);
    expect(listOf(values, "productIds")).toEqual(["a", "b"]);
    expect(listOf(values, "missing")).toEqual([]);
  });
});
