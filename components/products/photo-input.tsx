"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useField } from "@/components/forms/field";
import { ACCEPTED_PHOTO_TYPES, formatMegabytes } from "@/lib/photo-rules";

/** Room left in a request for the form's text fields besides its photos. */
const FORM_OVERHEAD = 1024 * 1024;

/**
 * Checks chosen photos in the browser, before anything is sent: a photo over the upload limit, or
 * more than one request may carry, is taken out of the selection with a message that names it, so
 * the form is never posted into the server's body limit (which would lose what was typed).
 * `onChange` receives what remains, for uploaders that send the photos themselves. Inside `<Form>`
 * it shows the last reply's error for the field.
 */
export function PhotoInput({
  name,
  label,
  error: givenError,
  uploadMaxBytes,
  requestMaxBytes,
  onChange,
}: {
  name: string;
  label: string;
  error?: string;
  uploadMaxBytes: number;
  /** The most one request may carry; 0 when photos are sent one per request. */
  requestMaxBytes: number;
  onChange?: (files: File[]) => void;
}) {
  const t = useTranslations("forms");
  const locale = useLocale();
  const [problems, setProblems] = useState<string[]>([]);
  const field = useField(name);
  const id = field.id;
  const error = givenError ?? field.error;
  const hintId = `${id}-hint${useId().replace(/:/g, "")}`;
  const problemId = `${id}-problems`;
  const shown = [...problems, ...(error ? [error] : [])];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPTED_PHOTO_TYPES}
        aria-invalid={shown.length > 0 ? true : undefined}
        aria-describedby={[hintId, shown.length > 0 ? problemId : null].filter(Boolean).join(" ")}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2"
        onChange={(event) => {
          const input = event.currentTarget;
          const kept: File[] = [];
          const refused: string[] = [];
          let total = 0;
          for (const file of Array.from(input.files ?? [])) {
            if (file.size > uploadMaxBytes) {
              refused.push(t("photoTooLarge", { file: file.name, size: formatMegabytes(file.size, locale), max: formatMegabytes(uploadMaxBytes, locale) }));
            } else if (requestMaxBytes > 0 && total + file.size > requestMaxBytes - FORM_OVERHEAD) {
              refused.push(t("photoTooMuchAtOnce", { file: file.name, max: formatMegabytes(requestMaxBytes - FORM_OVERHEAD, locale) }));
            } else {
              kept.push(file);
              total += file.size;
            }
          }
          if (refused.length > 0) {
            // Keep only the photos that can be sent: the form may then be saved as it is.
            const selection = new DataTransfer();
            for (const file of kept) selection.items.add(file);
            input.files = selection.files;
          }
          setProblems(refused);
          onChange?.(kept);
        }}
      />
      <p id={hintId} className="text-sm text-slate-600">
        {t("photoHint", { max: formatMegabytes(uploadMaxBytes, locale) })}
      </p>
      {shown.length > 0 ? (
        <ul id={problemId} role="alert" className="space-y-1 text-sm font-semibold text-red-800">
          {shown.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
