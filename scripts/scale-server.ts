/**
 * The topology the scale-out test drives (tests/scale, `npm run test:scale`): one PostgreSQL, two
 * production instances of the same build, nginx (Debian's package) round-robin in front. Writes what
 * the tests need to reach each part to SCALE_STATE_FILE. Playwright stops it when done.
 *
 * Instance B runs with its monotonic clock 200 ms behind its wall clock (tests/scale/lagging-clock.cjs),
 * as seen on CI machines: the shared cache must not depend on the two agreeing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { today } from "../lib/clock";
import { findFreePort } from "./db/embedded-postgres";
import { buildIfNeeded, spawnNext } from "./lib/build";
import { startDemoDatabase, throwawaySiteEnv } from "./lib/throwaway-site";

const stateFile = process.env.SCALE_STATE_FILE;
const balancerPort = Number(process.env.SCALE_PORT ?? 3200);
if (!stateFile) throw new Error("SCALE_STATE_FILE is required");

const database = await startDemoDatabase("scale");
const url = database.url;
const reminded = await certificateExpiringSoon(url);

const publicUrl = `http://127.0.0.1:${balancerPort}`;
const env = {
  // One mail outbox and one upload folder for both instances: in a real deployment they share the mail
  // relay and the object storage.
  ...throwawaySiteEnv("scale", url, publicUrl, database.uploadDir),
  // Tick often so the test sees both instances compete for the jobs within seconds.
  JOBS_TICK_MS: "300",
  // nginx appends the client's address to X-Forwarded-For (lib/client-ip.ts).
  TRUSTED_PROXIES: "1",
};
// The end-to-end run just before has built this very source; the pages this server shows are rendered
// at run time from its own database (the cache handler serves nothing from the build).
buildIfNeeded(env);

const [portA, portB] = [await findFreePort(), await findFreePort()];
const laggingClock = path.resolve("tests/scale/lagging-clock.cjs");
const children: ChildProcess[] = [
  // No -H: see docs/operations.md (redirect loop with next-intl on Next 16.2.6+).
  spawnNext(["start", "-p", String(portA)], env),
  spawnNext(["start", "-p", String(portB)], env, { preload: [laggingClock] }),
];
children.push(startNginx(mkdtempSync(path.join(os.tmpdir(), "ocop-scale-nginx-")), balancerPort, [portA, portB]));

writeFileSync(
  stateFile,
  JSON.stringify({
    databaseUrl: url,
    mailDir: env.MAIL_DIR,
    balancer: publicUrl,
    instances: [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`],
    remindedCertificate: reminded,
  }),
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
  await database.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", () => void stop());

/**
 * Moves one certificate to 20 days before expiry, so the reminder job has exactly one thing to send.
 * "Today" is the app clock's (pinned by playwright.scale.config.ts), never the database's current_date.
 */
async function certificateExpiringSoon(connectionString: string): Promise<{ id: string }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `UPDATE ocop_certificates SET "validUntil" = $1::date + 20
        WHERE id = (SELECT c.id FROM ocop_certificates c JOIN producers p ON p.id = c."producerId"
                     WHERE c.status = 'VALID' AND p.email IS NOT NULL ORDER BY c."decisionNumber" LIMIT 1)
        RETURNING id`,
      [today()],
    );
    // Every other valid certificate well outside the reminder window, so the count is exact.
    await client.query(`UPDATE ocop_certificates SET "validUntil" = $2::date + 400 WHERE status = 'VALID' AND id <> $1 AND "validUntil" < $2::date + 120`, [rows[0].id, today()]);
    return rows[0];
  } finally {
    await client.end();
  }
}

function startNginx(prefix: string, port: number, upstreams: number[]): ChildProcess {
  const runAsRoot = process.getuid?.() === 0;
  const config = `
${runAsRoot ? "user root;" : ""}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream ocop { ${upstreams.map((p) => `server 127.0.0.1:${p};`).join(" ")} }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://ocop;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  writeFileSync(path.join(prefix, "nginx.conf"), config);
  return spawn(nginxBin(), ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
}

function nginxBin(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  throw new Error("nginx is not installed (Debian: apt-get install nginx-light); .ci/run installs it");
}
