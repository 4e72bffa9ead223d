import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS } from "@/lib/ocop-groups";
import { buildProducerSearchText, buildProductSearchText } from "@/lib/search-text";

type Tx = Prisma.TransactionClient;

async function regionNames(tx: Tx, regionId: string): Promise<{ commune: string; areas: string[] }> {
  const names: string[] = [];
  let id: string | null = regionId;
  // Regions form a shallow tree (province → area → commune): a few lookups at most.
  while (id) {
    const region: { name: string; parentId: string | null } | null = await tx.region.findUnique({
      where: { id },
      select: { name: true, parentId: true },
    });
    if (!region) break;
    names.push(region.name);
    id = region.parentId;
  }
  return { commune: names[0] ?? "", areas: names.slice(1) };
}

/**
 * Recomputes the folded search text of products (and must run in the same transaction as any write
 * that changes a product's names, group, subgroup, or its producer's name or commune).
 */
export async function refreshProductSearchText(tx: Tx, productIds: readonly string[]): Promise<void> {
  for (const id of productIds) {
    const product = await tx.product.findUnique({
      where: { id },
      select: {
        nameVi: true,
        nameEn: true,
        group: true,
        subgroup: { select: { nameVi: true, nameEn: true } },
        producer: { select: { name: true, regionId: true } },
      },
    });
    if (!product) continue;
    const { commune, areas } = await regionNames(tx, product.producer.regionId);
    const labels = OCOP_GROUP_LABELS[product.group];
    const searchText = buildProductSearchText({
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      producerName: product.producer.name,
      communeName: commune,
      groupLabels: [labels.vi, labels.en],
      subgroupName: product.subgroup?.nameVi,
      keywords: [product.subgroup?.nameEn, ...areas],
    });
    await tx.product.update({ where: { id }, data: { searchText } });
  }
}

/** Recomputes a producer's search text and that of all its products (their text names the producer). */
export async function refreshProducerSearchText(tx: Tx, producerId: string): Promise<void> {
  const producer = await tx.producer.findUnique({
    where: { id: producerId },
    select: { name: true, regionId: true, legalForm: true, representative: true, products: { select: { id: true } } },
  });
  if (!producer) return;
  const { commune, areas } = await regionNames(tx, producer.regionId);
  const legal = LEGAL_FORM_LABELS[producer.legalForm];
  await tx.producer.update({
    where: { id: producerId },
    data: {
      searchText: buildProducerSearchText({
        name: producer.name,
        communeName: commune,
        areaNames: areas,
        legalFormLabel: legal.vi,
        representative: producer.representative,
        keywords: [legal.en],
      }),
    },
  });
  await refreshProductSearchText(tx, producer.products.map((product) => product.id));
}
