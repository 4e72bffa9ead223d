"use client";

/** Prints the page; pages stay printable with the browser's own print command when JavaScript is off. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 print:hidden"
    >
      {label}
    </button>
  );
}
