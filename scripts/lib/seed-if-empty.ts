import { createPrismaClient } from "../../server/infra/prisma-client";
import { isDatabaseEmpty, seedDemo } from "../../prisma/seed/seed-demo";

export async function seedIfEmpty(url: string): Promise<boolean> {
  const db = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(db))) return false;
    console.log("Empty database: seeding the demo district (illustrative data)…");
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
