import { expect, test } from "@playwright/test";
import { jpeg } from "../support/images";
import { cookieFrom, postPageForm, type RawResponse } from "../support/http-client";
import { SESSION_FIXTURE, SESSION_PRODUCER, THROTTLE_OFFICER } from "./support/fixture-accounts";

/*
 * Findings 3 and 6: throttles that slow attackers and never lock out the owner. Each attacker here has
 * addresses of its own on the loopback network (127.0.0.0/8), so what one address does is seen
 * apart from the browser's 127.0.0.1 and from the other attackers. No proxy is configured
 * (TRUSTED_PROXIES=0): an X-Forwarded-For header is something a client wrote, and counts for nothing.
 */

const FAILED = "Email hoặc mật khẩu không đúng";
// Every throttle answers alike, with the minutes to wait (forms.json `throttled`).
const THROTTLED = "Quá nhiều lần thử";
const SLOWED = THROTTLED;
const SESSION_COOKIE = "next-auth.session-token";

const signInFrom = (base: string, from: string, password: string, options: { forged?: string; cookie?: string } = {}) =>
  postPageForm(base, "/login", { email: THROTTLE_OFFICER.email, password, locale: "vi" }, {
    from,
    cookie: options.cookie,
    headers: options.forged ? { "x-forwarded-for": options.forged } : {},
  });

const signedIn = (response: RawResponse) => response.status === 303 && !!cookieFrom(response.setCookies, SESSION_COOKIE);

test.describe.configure({ mode: "serial" });

test("guessing passwords from one address slows that address only, whatever X-Forwarded-For it writes", async ({ baseURL }) => {
  const base = baseURL!;
  for (let i = 0; i < 5; i++) {
    const guess = await signInFrom(base, "127.0.0.11", `wrong-${i}`, { forged: `198.51.100.${i}` });
    expect(guess.body).toContain(FAILED);
  }
  // Five failures: this address now waits, even with the right password and yet another forged address…
  const sixth = await signInFrom(base, "127.0.0.11", THROTTLE_OFFICER.password, { forged: "203.0.113.77" });
  expect(sixth.body).toContain(SLOWED);
  expect(signedIn(sixth)).toBe(false);
  // …and the officer, from their own address, signs in at once: the account itself is not locked.
  expect(signedIn(await signInFrom(base, "127.0.0.12", THROTTLE_OFFICER.password))).toBe(true);
});

test("guessers on many addresses hit a ceiling, which the owner's own browser passes", async ({ baseURL }) => {
  const base = baseURL!;
  // The officer signed in from this browser before: it holds the account's device cookie.
  const earlier = await signInFrom(base, "127.0.0.30", THROTTLE_OFFICER.password);
  const device = cookieFrom(earlier.setCookies, "ocop_device");
  expect(device).toBeTruthy();

  let refusedAfter = 0;
  for (let i = 1; i <= 30 && !refusedAfter; i++) {
    const guess = await signInFrom(base, `127.0.1.${i}`, "wrong");
    if (guess.body.includes(SLOWED)) refusedAfter = i;
    else expect(guess.body).toContain(FAILED);
  }
  // 20 failures an hour per account (the first test's five count too): a new address is held back…
  expect(refusedAfter).toBeGreaterThan(0);
  expect(refusedAfter).toBeLessThanOrEqual(16);
  expect((await signInFrom(base, "127.0.2.1", THROTTLE_OFFICER.password)).body).toContain(SLOWED);
  // …the owner's browser is not, from whatever address it comes.
  expect(signedIn(await signInFrom(base, "127.0.2.2", THROTTLE_OFFICER.password, { cookie: `ocop_device=${device}` }))).toBe(true);
});

test("order tracking answers a few wrong contacts for a code, not sixty", async ({ baseURL }) => {
  const base = baseURL!;
  const page = "/orders/23456-789AB";
  let answered = 0;
  let refused = 0;
  // Sixty phone numbers tried for one known code, five from each of twelve addresses.
  for (let i = 0; i < 60; i++) {
    const attempt = await postPageForm(base, page, { contact: `09${String(10_000_000 + i)}` }, { from: `127.0.3.${1 + Math.floor(i / 5)}` });
    expect(attempt.status).toBe(200);
    if (attempt.body.includes(THROTTLED)) refused++;
    else answered++;
  }
  // Each address gets 5 answers, the code 20 in all: the rest wait, 30 s after the twentieth failure
  // and twice as long after each further one (so a slow run may see one or two more answered).
  expect(answered).toBeGreaterThanOrEqual(20);
  expect(answered).toBeLessThanOrEqual(22);
  expect(refused).toBe(60 - answered);
});

test("placing orders is throttled per address and per phone number", async ({ baseURL }) => {
  const base = baseURL!;
  // A product with stock to spare: the shopper journeys before this one sell the few packs of others.
  const added = await postPageForm(base, "/products/tra-shan-tuyet-tui-loc-vi-xuyen", { quantity: "1" }, { formWith: 'name="slug"' });
  const cart = `ocop_cart=${cookieFrom(added.setCookies, "ocop_cart")}`;
  // Attempts that fail validation (no address given) still count: the throttle comes first.
  const attempt = (from: string, phone: string) =>
    postPageForm(base, "/checkout", { customerName: "Người thử", phone, addressLine: "", paymentMethod: "COD" }, { from, cookie: cart, formWith: 'name="phone"' });
  for (let i = 0; i < 10; i++) expect((await attempt("127.0.4.1", `0913${String(100_000 + i)}`)).body).not.toContain(THROTTLED);
  expect((await attempt("127.0.4.1", "0913999999")).body).toContain(THROTTLED);
  // One phone number from many addresses: five attempts an hour.
  for (let i = 0; i < 5; i++) expect((await attempt(`127.0.4.${10 + i}`, "+84 912 000 111")).body).not.toContain(THROTTLED);
  expect((await attempt("127.0.4.20", "0912000111")).body).toContain(THROTTLED);
});

test("idea submissions are throttled per address", async ({ baseURL }) => {
  const base = baseURL!;
  const send = () => postPageForm(base, "/ideas/new", { title: "", description: "", proposerName: "", proposerContact: "", locale: "vi" }, { from: "127.0.5.1" });
  for (let i = 0; i < 10; i++) expect((await send()).body).not.toContain(THROTTLED);
  expect((await send()).body).toContain(THROTTLED);
  // Another address is not affected.
  const other = await postPageForm(base, "/ideas/new", { title: "", locale: "vi" }, { from: "127.0.5.2" });
  expect(other.body).not.toContain(THROTTLED);
});

test("a 40-megapixel photo is refused before it is decoded, and one producer may upload 60 photos an hour", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const session = await postPageForm(base, "/login", { ...SESSION_PRODUCER, locale: "vi" }, { from: "127.0.6.1" });
  const cookie = `${SESSION_COOKIE}=${cookieFrom(session.setCookies, SESSION_COOKIE)}`;
  const page = `/studio/products/${SESSION_FIXTURE.productId}`;
  // The studio's photo uploader, posted as a browser without JavaScript posts it.
  const upload = (bytes: Buffer) =>
    postPageForm(base, page, {}, { cookie, formWith: 'name="photos"', files: { photos: { bytes, type: "image/jpeg", name: "anh.jpg" } } });
  // A listing holds 12 photos: each accepted one is deleted again, so only the hourly allowance stops the uploads.
  const deleteFirstPhoto = () => postPageForm(base, page, {}, { cookie, formWith: 'aria-label="Xoá ảnh 1"' });

  const huge = await jpeg(7746, 5164);
  const started = Date.now();
  const refused = await upload(huge);
  expect(refused.body).toContain("quá nhiều điểm ảnh (tối đa 24 megapixel)");
  // Refused from its header: no 3-second decode (a generous bound on a loaded machine).
  expect(Date.now() - started).toBeLessThan(15_000);

  // The smallest photo the studio takes (300 × 300, lib/photo-rules.ts MIN_PHOTO_SIDE).
  const small = await jpeg(300, 300);
  let accepted = 0;
  for (let i = 0; i < 61; i++) {
    const answer = await upload(small);
    if (answer.body.includes("Đã thêm 1 ảnh")) {
      accepted++;
      expect((await deleteFirstPhoto()).status).toBe(303);
    } else {
      expect(answer.body).toContain(THROTTLED);
      break;
    }
  }
  // The refused 40 MP photo counted as an attempt too.
  expect(accepted).toBe(59);
});
