/**
 * `npm run db:generate-national [-- --products N --producers N --batches N --orders N --seed N --force]`:
 * fills a MIGRATED database with synthetic national-scale data for benchmarks (see
 * prisma/seed/generate-national.ts). Refuses a database that already holds more than the demo data
 * unless --force. Uses DATABASE_URL or the embedded server, like every script.
 */
import pg from "pg";
import { withDatabase } from "./db/connection";
import { DEFAULT_GENERATE_OPTIONS, RefusedError, generateNational, type GenerateOptions } from "../prisma/seed/generate-national";

const USAGE = "Usage: tsx scripts/generate-national.ts [--products N] [--producers N] [--batches N] [--orders N] [--seed N] [--force]";

function parseArgs(argv: string[]): Partial<GenerateOptions> {
  const options: Partial<GenerateOptions> = {};
  const numeric = { "--products": "products", "--producers": "producers", "--batches": "batches", "--orders": "orders", "--seed": "seed" } as const;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--force") {
      options.force = true;
    } else if (arg in numeric) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number.\n${USAGE}`);
      options[numeric[arg as keyof typeof numeric]] = value;
    } else {
      throw new Error(`Unknown option ${arg}.\n${USAGE}`);
    }
  }
  if ((options.products ?? DEFAULT_GENERATE_OPTIONS.products) > 0 && (options.producers ?? DEFAULT_GENERATE_OPTIONS.producers) === 0) {
    throw new Error("Products need at least one producer.");
  }
  if ((options.batches ?? DEFAULT_GENERATE_OPTIONS.batches) > 0 && (options.products ?? DEFAULT_GENERATE_OPTIONS.products) === 0) {
    throw new Error("Batches need at least one product.");
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  await withDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await generateNational(client, { ...options, log: (message) => console.log(message) });
      console.table(result);
      console.log(`Generated in ${result.seconds.toFixed(1)} s.`);
    } finally {
      await client.end();
    }
  });
}

main().catch((error) => {
  console.error(error instanceof RefusedError ? error.message : error);
  process.exit(1);
});
