import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";

/** `notFound()` in the admin area, inside its menu, with the way back to the area — with JavaScript; without it the front door sends the 404 document naming the area (docs/storefront.md). */
export default async function NotFound() {
  return <NotFoundView locale={await getLocale()} area="admin" />;
}
