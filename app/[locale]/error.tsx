"use client";

import { useParams } from "next/navigation";
import { ErrorView } from "@/components/layout/error-view";

/** Any page or Server Action that fails below the site layout: the layout stays, the message is localised. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  return <ErrorView locale={locale === "en" ? "en" : "vi"} digest={error.digest} reset={reset} tooLarge={/Body exceeded/i.test(error.message)} />;
}
