import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pinClock } from "@/lib/clock";
import { createSession, SESSION_COOKIE } from "@/server/auth/session-token";
import { CacheTags } from "@/server/infra/cache-tags";
import { revokeCertificatesAction } from "@/server/certificates/actions";
import { db } from "@/server/infra/db";
import { createCertificate, createOfficerViewer, createProducerViewer, createProduct } from "../factories";

/**
 * The bulk "Thu hồi" as a browser posts it: the Server Action reads the session from its cookie, so a
 * producer's signed-in post (the action can be posted to directly, without the page) is refused and
 * changes nothing, while an officer's is written, clears the product's public pages as a single
 * revocation does, and returns to the list with what was done.
 */
const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === SESSION_COOKIE && cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));
// The public pages' caches the revocation clears, as Next.js is asked to (server/infra/cache.ts).
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void revalidated.push(tag),
}));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

beforeAll(() => {
  pinClock("2026-11-30T10:00:00+07:00");
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
});
afterAll(() => pinClock(null));

async function signedInAs(userId: string) {
  cookie.token = await createSession(userId, "test");
}

function post(ids: string[]): FormData {
  const form = new FormData();
  form.set("locale", "vi");
  for (const id of ids) form.append("ids", id);
  form.set("back", "?state=valid");
  form.set("decisionNumber", "77/QĐ-UBND");
  form.set("revokedOn", "2026-11-30");
  form.set("reason", "Vi phạm quy định ghi nhãn");
  return form;
}

describe("the bulk revocation action", () => {
  it("refuses a producer's signed-in post and changes nothing; an officer's post revokes, clears the product's public pages and returns to the list", async () => {
    const product = await createProduct();
    const cert = await createCertificate(product, { decisionDate: new Date("2025-09-15") });
    const producer = await createProducerViewer();
    await signedInAs(producer.user.id);
    const refused = await revokeCertificatesAction(undefined, post([cert.id]));
    expect(refused.formError).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect(revalidated).toEqual([]);
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ status: "VALID", revocationDecisionNumber: null });

    const officer = await createOfficerViewer();
    await signedInAs(officer.user.id);
    const redirected = await revokeCertificatesAction(undefined, post([cert.id])).then(
      () => null,
      (error: unknown) => (error as { digest?: string }).digest ?? String(error),
    );
    expect(redirected).toContain("/admin/certificates?state=valid&done=revoke&count=1&skipped=0");
    expect(await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ status: "REVOKED", revocationDecisionNumber: "77/QĐ-UBND" });
    expect(revalidated.sort()).toEqual([CacheTags.product(product.slug), CacheTags.catalogue, CacheTags.programme, CacheTags.producers].sort());
  });
});
