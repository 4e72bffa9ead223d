"use client";

import { useSyncExternalStore } from "react";

/** The readable hint set at sign-in beside the session (server/auth/session-cookie.ts): only which work area. */
function read(): string {
  const match = document.cookie.match(/(?:^|;\s*)ocop_area=(admin|studio)(?:;|$)/);
  return match ? match[1] : "";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("pageshow", onChange);
  window.addEventListener("focus", onChange);
  return () => {
    window.removeEventListener("pageshow", onChange);
    window.removeEventListener("focus", onChange);
  };
}

/**
 * For a signed-in officer or producer on a public page: the way back to their work area and sign-out.
 * Read in the browser, so the page itself stays the same for everyone (static, cacheable); renders
 * nothing on the server and for visitors. Strings and paths come as props: public pages ship no messages.
 */
export function AccountLinks({
  labels,
  hrefs,
  logout,
}: {
  labels: { admin: string; studio: string; logout: string };
  hrefs: { admin: string; studio: string };
  logout: { action: (formData: FormData) => Promise<void>; locale: string };
}) {
  const area = useSyncExternalStore(subscribe, read, () => "");
  if (area !== "admin" && area !== "studio") return null;
  return (
    <>
      <li>
        <a href={hrefs[area]} className="text-brand-800 underline-offset-4 hover:underline" data-testid="back-to-work">
          {labels[area]}
        </a>
      </li>
      <li>
        <form action={logout.action}>
          <input type="hidden" name="locale" value={logout.locale} />
          <button type="submit" className="font-semibold text-brand-800 underline-offset-4 hover:underline">
            {labels.logout}
          </button>
        </form>
      </li>
    </>
  );
}
