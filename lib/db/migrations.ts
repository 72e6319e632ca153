// Applying prisma/migrations: through the Prisma CLI (`migrate deploy`, which runs our schema-engine stand-in),
// skipped when the database already records every migration, so a restart costs one query.
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export function migrationsDir(root = process.cwd()): string {
  return path.join(root, "prisma", "migrations");
}

/** Migration folder names, in the order Prisma applies them. */
export async function listMigrations(root = process.cwd()): Promise<string[]> {
  const entries = await readdir(migrationsDir(root), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function readMigrationSql(name: string, root = process.cwd()): Promise<string> {
  return readFile(path.join(migrationsDir(root), name, "migration.sql"), "utf8");
}

async function appliedMigrations(databaseUrl: string): Promise<Set<string> | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('_prisma_migrations') AS name");
    if (!table.rows[0]?.name) return null;
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return new Set(rows.map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}

export async function hasPendingMigrations(databaseUrl: string, root = process.cwd()): Promise<boolean> {
  const applied = await appliedMigrations(databaseUrl);
  const all = await listMigrations(root);
  return !applied || all.some((name) => !applied.has(name));
}

/** Runs the Prisma CLI with the project's config; resolves with its output, rejects with it on failure. */
export function runPrismaCli(
  args: string[],
  options: { databaseUrl: string; root?: string },
): Promise<string> {
  const root = options.root ?? process.cwd();
  const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: options.databaseUrl, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

export async function deployMigrations(options: { databaseUrl: string; root?: string }): Promise<void> {
  if (!(await hasPendingMigrations(options.databaseUrl, options.root))) return;
  await runPrismaCli(["migrate", "deploy"], options);
}
