import "server-only";
import { shared } from "@/server/infra/cache-handler/index.mjs";
import { db } from "@/server/infra/db";
import { CatalogueIndex, catalogueIndex, setCatalogueIndex } from "./catalogue-index";

/**
 * Starts this instance's search index (instrumentation.ts): it listens on the page cache's
 * invalidation channel, builds from PostgreSQL, and from then on answers catalogue searches. Pages
 * rendered from PostgreSQL while it warmed are expired on this instance, so they render again from it.
 */
export async function startCatalogueIndex(): Promise<void> {
  if (catalogueIndex()) return;
  const channel = shared();
  const index = new CatalogueIndex(db, channel);
  setCatalogueIndex(index);
  await index.start();
  channel.entries.invalidate(["catalogue"]);
}
