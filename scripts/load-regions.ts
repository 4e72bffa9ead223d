/**
 * `npm run db:load-regions`: loads the official provinces and communes of the 2025 reform (the address
 * picker's data, prisma/seed/official-regions.ts) into the chosen database (DATABASE_URL or the embedded
 * server, scripts/db/connection.ts), for a deployment that does not use the demo seed. The database must
 * already be migrated (`npm run db:migrate`). Safe to re-run: what is there is kept, nothing is doubled.
 */
import { withDatabase } from "./db/connection";
import { createPrismaClient } from "../server/infra/prisma-client";
import { seedCommunes, seedProvinces } from "../prisma/seed/official-regions";

async function main() {
  if (process.argv.length > 2) {
    console.error(`Unknown option ${process.argv[2]}. Usage: tsx scripts/load-regions.ts`);
    process.exit(2);
  }
  await withDatabase(async (url) => {
    const db = createPrismaClient(url);
    try {
      const { provinces, communes } = await db.$transaction(async (tx) => ({ provinces: await seedProvinces(tx), communes: await seedCommunes(tx) }), { timeout: 60_000 });
      console.log(`Official regions of the 2025 reform: ${provinces} provinces present, ${communes} communes added (the rest were there already).`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
