import { spawn } from "node:child_process";

/** Runs pg_dump / pg_restore from PATH (Debian: postgresql-client), with a clear error when absent. */
export function runPgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(`${tool} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`)
          : error,
      ),
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr}`))));
  });
}
