"use client";
import { useSyncExternalStore } from "react";

const EVENT = "ocop:cart-count";

/** The readable cookie beside the cart (server/orders/actions.ts): units only, nothing about what. */
function read(): number {
  const match = document.cookie.match(/(?:^|;\s*)ocop_cart_count=(\d{1,4})/);
  return match ? Number(match[1]) : 0;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("pageshow", onChange);
  window.addEventListener("focus", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("pageshow", onChange);
    window.removeEventListener("focus", onChange);
  };
}

/** Called after an in-place add: the cookie is already set by the response. */
export function announceCartCount(): void {
  window.dispatchEvent(new Event(EVENT));
}

/**
 * The header's cart count, read in the browser so that public pages stay static and cacheable (no
 * page reads the cart on the server). Renders nothing on the server and while the cart is empty.
 */
export function CartCount({ one, other }: { one: string; other: string }) {
  const count = useSyncExternalStore(subscribe, read, () => 0);
  if (count <= 0) return null;
  const label = (count === 1 ? one : other).replace("#", String(count));
  return (
    <span data-testid="cart-count" className="ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-bold text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

