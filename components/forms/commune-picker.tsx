"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { textOf } from "@/lib/form-state";
import { useField } from "./field";

export interface CommuneChoice {
  id: string;
  label: string;
}

const inputClass =
  "w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/**
 * Picks a commune among about 2,000 by typing part of its name or its province, with or without
 * Vietnamese marks; each choice is named with its province. A combobox (WAI-ARIA 1.2 pattern) that
 * asks the server as one types. Without JavaScript it is a plain list of the communes of the current
 * province, so the form still works. A kit field: inside `<Form>` it shows the commune of the last
 * reply (its name travels in a hidden `<name>Label` field, which the server ignores) and its error.
 */
export function CommunePicker({
  name,
  label,
  initial: given,
  fallbackOptions,
  hint,
  required,
}: {
  name: string;
  label: string;
  /** Shown when the form has no value for this field. */
  initial: CommuneChoice | null;
  fallbackOptions: readonly CommuneChoice[];
  hint?: string;
  required?: boolean;
}) {
  const t = useTranslations("forms");
  const { id, posted, values, error } = useField(name);
  const postedId = textOf(values, name);
  const initial: CommuneChoice | null =
    posted === undefined ? given : postedId === "" ? null : { id: postedId, label: textOf(values, `${name}Label`) || (fallbackOptions.find((o) => o.id === postedId)?.label ?? postedId) };
  const listId = `${id}-list${useId().replace(/:/g, "")}`;
  const enhanced = useHydrated();
  const [chosen, setChosen] = useState<CommuneChoice | null>(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [options, setOptions] = useState<CommuneChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/api/regions/communes/search?q=${encodeURIComponent(text === chosen?.label ? "" : text)}`, { headers: { Accept: "application/json" } });
        const body = (await response.json()) as { items?: CommuneChoice[] };
        if (ticket === request.current) {
          setOptions(body.items ?? []);
          setActive(-1);
        }
      } catch {
        if (ticket === request.current) setOptions([]);
      } finally {
        if (ticket === request.current) setLoading(false);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, chosen]);

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;

  if (!enhanced) {
    const list = initial && !fallbackOptions.some((o) => o.id === initial.id) ? [initial, ...fallbackOptions] : fallbackOptions;
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block font-semibold">
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
        <select id={id} name={name} defaultValue={initial?.id ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass}>
          <option value="">—</option>
          {list.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
        {error ? <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p> : null}
      </div>
    );
  }

  const choose = (option: CommuneChoice) => {
    setChosen(option);
    setText(option.label);
    setOpen(false);
  };
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={text}
        placeholder={t("communeSearch")}
        className={inputClass}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          // What is typed is a search, not a choice: the field holds a commune only once one is picked.
          if (chosen && event.target.value !== chosen.label) setChosen(null);
        }}
        onBlur={() => {
          // Leaving without picking keeps the last choice rather than an unmatched text.
          setTimeout(() => {
            setOpen(false);
            setText((current) => (chosen ? chosen.label : current));
          }, 150);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(options.length - 1, index + 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-10 max-h-72 w-full overflow-auto rounded border border-slate-400 bg-white shadow-lg">
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              {option.label}
            </li>
          ))}
          {!loading && options.length === 0 ? <li className="px-3 py-2 text-slate-600">{t("communeNone")}</li> : null}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {open && !loading ? t("communeCount", { count: options.length }) : ""}
      </p>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p> : null}
    </div>
  );
}
