import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authorize, can, ownProducerId, viewerFromSession, type Viewer } from "./permissions";

const producer: Viewer = { userId: "u1", role: "PRODUCER", producerId: "p1", regionId: null, name: "A", email: "a@x.vn" };
const officer: Viewer = { userId: "u2", role: "ADMIN", producerId: null, regionId: null, name: "B", email: "b@x.vn" };

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

  it("leaves the region to server/auth/scope.ts: authorize alone lets an officer act on a producer's resource", () => {
    expect(codeOf(() => authorize(officer, "product.review", { producerId: "p2" }))).toBeNull();
  });

  it("answers can() without throwing and names the producer of a producer account", () => {
    expect(can(null, "admin.access")).toBe(false);
    expect(can(officer, "admin.access")).toBe(true);
    expect(ownProducerId(producer)).toBe("p1");
    expect(codeOf(() => ownProducerId(officer))).toBe("FORBIDDEN");
  });
});

describe("viewerFromSession", () => {
  it("carries an officer's region, and none for a producer", () => {
    expect(viewerFromSession({ id: "u2", role: "ADMIN", producerId: null, regionId: "commune-a", name: "B", email: "b@x.vn" })?.regionId).toBe("commune-a");
    expect(viewerFromSession({ id: "u2", role: "ADMIN", producerId: null, regionId: null, name: "B", email: "b@x.vn" })?.regionId).toBeNull();
    expect(viewerFromSession({ id: "u1", role: "PRODUCER", producerId: "p1", regionId: "commune-a" })).toMatchObject({ producerId: "p1", regionId: null });
  });

  it("refuses an officer session that predates regions rather than reading it as nationwide", () => {
    expect(viewerFromSession({ id: "u2", role: "ADMIN", producerId: null, name: "B", email: "b@x.vn" })).toBeNull();
    expect(viewerFromSession(undefined)).toBeNull();
  });
});
