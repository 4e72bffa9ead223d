import "server-only";
import { today } from "@/lib/clock";
import { foldText } from "@/lib/text-fold";
import { CacheTags } from "@/server/infra/cache-tags";
import { cachedRead } from "@/server/infra/cached-read";
import { db } from "@/server/infra/db";

/**
 * A commune to pick, named with its province ("Việt Lâm, Tuyên Quang"): since the 2025 reform many
 * communes share a name (Minh Tân, Lao Chải, Bạch Ngọc … each in several provinces of the official
 * 3,321), so a name alone picks the wrong one. The official code is added where even commune and
 * province repeat (the national generator's synthetic communes beside the official ones).
 */
export interface CommuneOption {
  id: string;
  name: string;
  province: string;
  label: string;
}

async function readCommunes(day: string): Promise<CommuneOption[]> {
  // Walk up from each current commune to its province, through any named areas in between.
  const rows = await db.$queryRaw<{ id: string; name: string; code: string; province: string | null }[]>`
    WITH RECURSIVE up AS (
      SELECT c.id AS commune, c."parentId" AS parent FROM regions c
      WHERE c.level = 'COMMUNE' AND (c."validTo" IS NULL OR c."validTo" >= ${day}::date)
      UNION ALL
      SELECT up.commune, r."parentId" FROM up JOIN regions r ON r.id = up.parent WHERE r.level <> 'PROVINCE'
    )
    SELECT c.id, c.name, c.code, p.name AS province
    FROM regions c
    LEFT JOIN up ON up.commune = c.id
    LEFT JOIN regions p ON p.id = up.parent AND p.level = 'PROVINCE'
    WHERE c.level = 'COMMUNE' AND (c."validTo" IS NULL OR c."validTo" >= ${day}::date)`;
  const byCommune = new Map<string, { id: string; name: string; code: string; province: string }>();
  for (const row of rows) if (row.province || !byCommune.has(row.id)) byCommune.set(row.id, { ...row, province: row.province ?? "" });
  const communes = [...byCommune.values()];
  const seen = new Map<string, number>();
  const key = (c: { name: string; province: string }) => `${c.name}\u0000${c.province}`;
  for (const c of communes) seen.set(key(c), (seen.get(key(c)) ?? 0) + 1);
  return communes
    .map((c) => {
      const label = c.province ? `${c.name}, ${c.province}` : c.name;
      return { id: c.id, name: c.name, province: c.province, label: (seen.get(key(c)) ?? 0) > 1 ? `${label} (${c.code})` : label };
    })
    .sort((a, b) => a.province.localeCompare(b.province, "vi") || a.name.localeCompare(b.name, "vi"));
}

const cachedCommunes = cachedRead("regions:communes", readCommunes, () => [CacheTags.regions]);

/** Every current commune with its province, for pickers' searches (3,321, and more with the national data; cached). */
export function listCurrentCommunes(): Promise<CommuneOption[]> {
  return cachedCommunes(today());
}

/**
 * Communes whose name or province contains every word typed, with or without Vietnamese marks
 * ("viet lam", "Việt Lâm tuyên"); names that start with the query first.
 */
export async function searchCommunes(query: string, limit = 20, within?: readonly CommuneOption[]): Promise<CommuneOption[]> {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const communes = within ?? (await listCurrentCommunes());
  if (words.length === 0) return communes.slice(0, limit);
  const folded = foldText(words.join(" "));
  const matches = communes.filter((c) => {
    const text = foldText(c.label);
    return words.every((word) => text.includes(word));
  });
  const starts = (c: CommuneOption) => (foldText(c.name).startsWith(folded) ? 0 : 1);
  return matches.sort((a, b) => starts(a) - starts(b)).slice(0, limit);
}

/** The option for one commune (the current value of a form), or null when it is not current. */
export async function communeOption(regionId: string | null | undefined): Promise<CommuneOption | null> {
  if (!regionId) return null;
  return (await listCurrentCommunes()).find((c) => c.id === regionId) ?? null;
}

/** The communes of one province (what a form offers without JavaScript). */
export async function communesOfProvince(province: string): Promise<CommuneOption[]> {
  return (await listCurrentCommunes()).filter((c) => c.province === province);
}
