"use client";
import { useRef } from "react";
import type { SuggestText } from "./suggest-combobox";

/**
 * The header's search input. Server-rendered as a plain input of a GET form, so searching works
 * without JavaScript. Suggestions (an ARIA combobox, ./suggest-combobox.ts) are loaded only when the
 * box is first focused: no page pays for them until someone uses the box.
 */
export function SearchBox({ placeholder, text }: { placeholder: string; text: SuggestText }) {
  const loading = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLDivElement>(null);
  const load = () => {
    if (loading.current) return;
    loading.current = true;
    void import("./suggest-combobox").then(({ attachSuggestions }) => attachSuggestions(input.current!, listbox.current!, text));
  };
  return (
    <div className="relative min-w-0 flex-1">
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        autoComplete="off"
        placeholder={placeholder}
        onFocus={load}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2"
      />
      {/* Filled by ./suggest-combobox.ts; React never re-renders this component (it has no state). */}
      <div
        ref={listbox}
        id="site-search-listbox"
        role="listbox"
        aria-label={text.listLabel}
        hidden
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
      />
    </div>
  );
}
