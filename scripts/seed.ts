/**
 * `npm run db:seed [-- --if-empty]`: seeds the ILLUSTRATIVE demo district (Vị Xuyên) into the chosen
 * database (DATABASE_URL or the embedded server, see scripts/db/connection.ts). The database must
 * already be migrated (`npm run db:migrate`); this script never runs migrations. Safe to re-run.
 */
import { withDatabase } from "./db/connection";
import { createPrismaClient } from "../server/infra/prisma-client";
import { isDatabaseEmpty, seedDemo } from "../prisma/seed/seed-demo";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-data";

const args = new Set(process.argv.slice(2));
const ifEmpty = args.has("--if-empty");
for (const arg of args) {
  if (arg !== "--if-empty") {
    console.error(`Unknown option ${arg}. Usage: tsx scripts/seed.ts [--if-empty]`);
    process.exit(2);
  }
}

async function main() {
  await withDatabase(async (url) => {
    const db = createPrismaClient(url);
    try {
      if (ifEmpty && !(await isDatabaseEmpty(db))) {
        console.log("The database already has data: nothing seeded (--if-empty).");
        return;
      }
      console.log("Seeding the demo district Vị Xuyên (illustrative data, not an official list)…");
      const summary = await seedDemo(db);
      console.table(summary);
      console.log(`Sign in as ${DEMO_ACCOUNTS.officer.email} (district officer), ${DEMO_ACCOUNTS.communeOfficer.email} (commune officer) or ${DEMO_ACCOUNTS.producer.email} (producer), password "${DEMO_ACCOUNTS.officer.password}".`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
