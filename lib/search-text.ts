/**
 * The folded text that catalogue search matches with pg_trgm (products.searchText and
 * producers.searchText). Pure: no database, no I/O. The search box folds the query with the same
 * `foldText`, so "che shan tuyet", "Chè Shan tuyết" and "CHÈ SHAN TUYẾT" all meet the same trigrams.
 *
 * Order matters only for humans reading the column: the product's own names come first, then who
 * makes it and where, then the OCOP group and subgroup, then free keywords.
 */
import { foldText } from "./text-fold";

export interface ProductSearchInput {
  nameVi: string;
  nameEn?: string | null;
  producerName: string;
  communeName?: string | null;
  /** Group labels in every locale, e.g. ["Thực phẩm", "Food"]. */
  groupLabels: readonly string[];
  subgroupName?: string | null;
  keywords?: readonly (string | null | undefined)[];
}

export interface ProducerSearchInput {
  name: string;
  communeName?: string | null;
  /** Legal form in words, e.g. "Hợp tác xã" (all locales may be given in `keywords`). */
  legalFormLabel?: string | null;
  representative?: string | null;
  /** Wider named areas the commune lies in, e.g. ["Vị Xuyên", "Hà Giang", "Tuyên Quang"]. */
  areaNames?: readonly (string | null | undefined)[];
  keywords?: readonly (string | null | undefined)[];
}

/**
 * Folds each part, collapses white space, drops empty parts and parts whose words already appear in
 * that order earlier (a commune named inside the producer's name adds nothing), and joins them with
 * single spaces. Words inside a part are kept as they are, so a phrase typed in the
 * search box still matches the name as a substring.
 */
export function joinFolded(parts: readonly (string | null | undefined)[]): string {
  let joined = "";
  for (const part of parts) {
    if (!part) continue;
    const text = foldText(part);
    if (text === "" || ` ${joined} `.includes(` ${text} `)) continue;
    joined = joined ? `${joined} ${text}` : text;
  }
  return joined;
}

export function buildProductSearchText(input: ProductSearchInput): string {
  return joinFolded([
    input.nameVi,
    input.nameEn,
    input.producerName,
    input.communeName,
    ...input.groupLabels,
    input.subgroupName,
    ...(input.keywords ?? []),
  ]);
}

export function buildProducerSearchText(input: ProducerSearchInput): string {
  return joinFolded([
    input.name,
    input.communeName,
    ...(input.areaNames ?? []),
    input.legalFormLabel,
    input.representative,
    ...(input.keywords ?? []),
  ]);
}
