import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";
import { localizedPath } from "@/i18n/seo";
import { listPublicSlugs } from "@/server/products/queries";

// Regenerated on request after a catalogue write expires its tags; otherwise hourly at most.
export const revalidate = 3600;

/** Every published product and active producer, in both languages, with hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = readEnv().PUBLIC_BASE_URL;
  const { products, producers } = await listPublicSlugs();
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap => {
    const languages = { vi: `${base}${localizedPath(path, "vi")}`, en: `${base}${localizedPath(path, "en")}` };
    return (["vi", "en"] as const).map((locale) => ({ url: languages[locale], lastModified, alternates: { languages } }));
  };
  return [
    ...entry("/"),
    ...entry("/products"),
    ...entry("/producers"),
    ...products.flatMap((product) => entry(`/products/${product.slug}`, product.updatedAt)),
    ...producers.flatMap((producer) => entry(`/producers/${producer.slug}`, producer.updatedAt)),
  ];
}
