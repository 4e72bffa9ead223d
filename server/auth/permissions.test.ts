import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authorize, can, ownProducerId, type Viewer } from "./permissions";

const producer: Viewer = { userId: "u1", role: "PRODUCER", producerId: "p1", name: "A", email: "a@x.vn" };
const officer: Viewer = { userId: "u2", role: "ADMIN", producerId: null, name: "B", email: "b@x.vn" };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "OTHER";
  }
}

describe("authorize", () => {
  it("refuses anonymous viewers as unauthenticated", () => {
    expect(codeOf(() => authorize(null, "studio.access"))).toBe("UNAUTHENTICATED");
  });

  it("refuses the wrong role as forbidden", () => {
    expect(codeOf(() => authorize(producer, "certificate.record"))).toBe("FORBIDDEN");
    expect(codeOf(() => authorize(officer, "product.manageOwn"))).toBe("FORBIDDEN");
  });

  it("hides another producer's resource as not found", () => {
    expect(codeOf(() => authorize(producer, "product.manageOwn", { producerId: "p2" }))).toBe("NOT_FOUND");
    expect(codeOf(() => authorize(producer, "product.manageOwn", { producerId: "p1" }))).toBeNull();
  });

  it("lets officers act on any producer's resource for officer actions", () => {
    expect(codeOf(() => authorize(officer, "product.review", { producerId: "p2" }))).toBeNull();
  });

  it("answers can() without throwing and names the producer of a producer account", () => {
    expect(can(null, "admin.access")).toBe(false);
    expect(can(officer, "admin.access")).toBe(true);
    expect(ownProducerId(producer)).toBe("p1");
    expect(codeOf(() => ownProducerId(officer))).toBe("FORBIDDEN");
  });
});
