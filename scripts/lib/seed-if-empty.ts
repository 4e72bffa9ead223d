import { createPrismaClient } from "../../server/infra/prisma-client";
import { isDatabaseEmpty, seedDemo } from "../../prisma/seed/seed-demo";
import { localStorage } from "../../server/infra/uploads/storage";

/** `uploadDir`: where the demo's pictures go (default: the app's storage, UPLOAD_DIR or S3). */
export async function seedIfEmpty(url: string, uploadDir?: string): Promise<boolean> {
  const db = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(db))) return false;
    console.log("Empty database: seeding the demo district (illustrative data)…");
    await seedDemo(db, { storage: uploadDir ? localStorage(uploadDir) : undefined });
    return true;
  } finally {
    await db.$disconnect();
  }
}
