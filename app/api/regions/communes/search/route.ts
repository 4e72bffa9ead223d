import { AppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { route } from "@/server/infra/http";
import { communesForProfile } from "@/server/producers/profile";
import { searchCommunes } from "@/server/regions/communes";

/**
 * The back office's commune picker (components/forms/commune-picker.tsx): communes matching `q`
 * (with or without marks), named with their province; an officer's own region's only. Signed-in
 * users only, never cached by others (the checkout's public list by province is one level up).
 */
export const GET = route(async (request: Request) => {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const items = await searchCommunes(q, 20, await communesForProfile(viewer));
  return Response.json({ items: items.map(({ id, label }) => ({ id, label })) }, { headers: { "Cache-Control": "private, no-store" } });
});
