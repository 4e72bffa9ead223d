import { route } from "@/server/infra/http";
import { getStorage } from "@/server/infra/uploads/storage";

// Names are generated (hex key, width, .webp): anything else is not ours.
const NAME = /^[a-f0-9]{24}(?:-\d{2,4}\.webp|\.pdf)$/;

export const GET = route(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  if (!NAME.test(file)) return new Response("Not found", { status: 404 });
  const body = await getStorage().get(file);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": file.endsWith(".pdf") ? "application/pdf" : "image/webp",
      // A file's name never changes content: cache it for a year.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
