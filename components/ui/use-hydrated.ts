"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while rendered on the server (and without JavaScript), true once running in the browser: what
 * only works with JavaScript (a copy button, a typed search, a live counter) is offered only then, so
 * there is never a control that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
