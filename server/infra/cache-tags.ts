/**
 * Cache tag names, in one place. Public reads tag what they depend on; back-office writes invalidate
 * the same tags (see docs/architecture.md, "Caching").
 */
export const CacheTags = {
  catalogue: "catalogue",
  product: (slug: string) => `product:${slug}`,
  producers: "producers",
  producer: (slug: string) => `producer:${slug}`,
  fairs: "fairs",
  fair: (slug: string) => `fair:${slug}`,
  programme: "programme",
} as const;
