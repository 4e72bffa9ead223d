import type { LaunchOptions } from "@playwright/test";
import { withoutMovedClock } from "../../scripts/lib/real-clock-env";

/**
 * Debian's Chromium, never a downloaded browser; we run as root, hence --no-sandbox. Under time travel
 * it starts on the real clock (it hangs under libfaketime: scripts/lib/real-clock-env.ts).
 */
export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
  env: process.env.FAKETIME ? withoutMovedClock() : undefined,
};
