/**
 * The day the demo district's figures are stated for (19 certified: 17 at 3★, 2 at 4★; one certificate
 * inside the 90-day warning window; upcoming fairs open for registration). The demo's dates are fixed
 * around it, and the test suite pins its clock to it (tests/support/clock.ts), so the suite gives the
 * same result whatever year it runs in. A live site (`npm start`) runs on the real clock, and the demo
 * ages like real data would; `CLOCK_NOW=2026-11-28T09:00:00+07:00 npm start` shows it as of this day.
 */
export const DEMO_REFERENCE_DATE = "2026-11-28";
