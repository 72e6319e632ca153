// The database every Parley process uses: DATABASE_URL when set, else an embedded PostgreSQL in PARLEY_DATA_DIR.
// Either way the migrations are applied before anything else touches it.
import pg from "pg";
import { readEnv, withoutPassword } from "../env";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded-postgres";
import { deployMigrations } from "./migrations";

const DATABASE_NAME = "parley";

interface DatabaseHolder {
  ready: Promise<string>;
  server?: EmbeddedServer;
}

// Next.js loads some modules once per route bundle: keep one database per process.
const holderKey = Symbol.for("parley.db.database");
type GlobalWithDatabase = typeof globalThis & { [holderKey]?: DatabaseHolder };

async function createDatabaseIfMissing(server: EmbeddedServer, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error) => {
      if (error.code !== "42P04") throw error; // another process created it first
    });
  } finally {
    await client.end();
  }
}

async function prepare(holder: DatabaseHolder): Promise<string> {
  const env = readEnv();
  let url = env.DATABASE_URL;
  if (!url) {
    holder.server = await startEmbeddedPostgres({ dataDir: env.PARLEY_DATA_DIR });
    await createDatabaseIfMissing(holder.server, DATABASE_NAME);
    url = holder.server.url(DATABASE_NAME);
  }
  try {
    await deployMigrations({ databaseUrl: url });
  } catch (error) {
    throw new Error(`Could not prepare the database at ${withoutPassword(url)}: ${(error as Error).message}`);
  }
  process.env.DATABASE_URL = url;
  return url;
}

/**
 * Makes the database ready (starting the embedded server if needed, applying migrations), sets
 * process.env.DATABASE_URL for this process and returns it. Safe to call many times.
 */
export function ensureDatabase(): Promise<string> {
  const global = globalThis as GlobalWithDatabase;
  const existing = global[holderKey];
  if (existing) return existing.ready;
  const holder: DatabaseHolder = { ready: Promise.resolve("") };
  holder.ready = prepare(holder);
  holder.ready.catch(() => {
    if (global[holderKey] === holder) global[holderKey] = undefined;
  });
  global[holderKey] = holder;
  return holder.ready;
}

/** Stops the embedded server if this process started it (other processes joined to it lose their database). */
export async function stopDatabase(): Promise<void> {
  const global = globalThis as GlobalWithDatabase;
  const holder = global[holderKey];
  global[holderKey] = undefined;
  if (!holder) return;
  await holder.ready.catch(() => {});
  await holder.server?.stop();
}
