import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";

/** `notFound()` below the site layout: drawn by the browser once JavaScript runs (docs/storefront.md). */
export default async function NotFound() {
  return <NotFoundView locale={await getLocale()} />;
}
