"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { FormMessages } from "@/components/forms/field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { PhotoInput } from "./photo-input";

/**
 * Adds photos to a saved listing or profile. With JavaScript the chosen photos go one request each,
 * with progress, so a request never exceeds the body limit and a refused photo does not hold back
 * the others; without it the form posts them together to the same action (a `formAction` of the
 * kit, server/infra/forms.ts, called here once per photo).
 */
export function PhotoUploader({
  locale,
  ownerField,
  ownerId,
  action,
  uploadMaxBytes,
  requestMaxBytes,
  remaining,
  reviewed = true,
}: {
  locale: string;
  ownerField: "id" | "producerId" | "fairId";
  ownerId: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  uploadMaxBytes: number;
  requestMaxBytes: number;
  remaining: number;
  /** Whether new photos wait for an officer (a producer's) or are public at once (an officer's). */
  reviewed?: boolean;
}) {
  const t = useTranslations("forms");
  const router = useRouter();
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [results, setResults] = useState<{ added: number; errors: string[] } | null>(null);
  const [busy, startTransition] = useTransition();

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (files.length === 0) {
      setResults({ added: 0, errors: [t("photoChoose")] });
      return;
    }
    const chosen = files.slice(0, Math.max(0, remaining));
    const skipped = files.length - chosen.length;
    startTransition(async () => {
      let added = 0;
      const errors: string[] = skipped > 0 ? [t("photoTooMany", { max: remaining })] : [];
      for (const [index, file] of chosen.entries()) {
        setProgress(t("photoUploading", { current: index + 1, total: chosen.length, file: file.name }));
        const body = new FormData();
        body.set("locale", locale);
        body.set(ownerField, ownerId);
        body.append("photos", file);
        try {
          const result = await action(INITIAL_FORM_STATE, body);
          if (result.formError || Object.keys(result.fieldErrors).length > 0) errors.push(result.fieldErrors.photos ?? result.formError ?? t("photoFailed", { file: file.name }));
          else added++;
        } catch {
          errors.push(t("photoFailed", { file: file.name }));
        }
      }
      setProgress(null);
      setResults({ added, errors });
      setFiles([]);
      form.reset();
      router.refresh();
    });
  }

  return (
    <form action={formAction} onSubmit={upload} className="space-y-3 rounded border border-slate-300 p-4" encType="multipart/form-data" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={ownerField} value={ownerId} />
      {results ? (
        <>
          <FormMessages notice={results.added > 0 ? t(reviewed ? "photoAdded" : "photoAddedPublic", { count: results.added }) : null} />
          {results.errors.length > 0 ? (
            <ul role="alert" className="space-y-1 rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
              {results.errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <FormMessages formError={state.formError} notice={state.notice} />
      )}
      <PhotoInput name="photos" label={t("photoAdd")} uploadMaxBytes={uploadMaxBytes} requestMaxBytes={0} onChange={setFiles} />
      {progress ? (
        <p role="status" className="text-sm font-semibold">
          {progress}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("photoUpload")}
      </button>
      <noscript>
        <p className="text-sm text-slate-600">{t("photoNoScript", { max: Math.floor(requestMaxBytes / (1024 * 1024)) })}</p>
      </noscript>
    </form>
  );
}
