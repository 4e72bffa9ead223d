"use client";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Copies a value (account number, amount, transfer note) to the clipboard. Shown only once JavaScript
 * runs, so there is never a button that does nothing; the value itself is always on the page as text.
 */
export function CopyButton({ value, label, text, copiedLabel }: { value: string; label: string; text: string; copiedLabel: string }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
      className="min-h-9 rounded border border-brand-700 px-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      aria-label={label}
    >
      <span aria-live="polite">{copied ? copiedLabel : text}</span>
    </button>
  );
}
