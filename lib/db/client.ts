// One PrismaClient per process, over node-postgres (Prisma 7's Rust-free client).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

interface ClientHolder {
  url: string;
  client: PrismaClient;
}

const holderKey = Symbol.for("parley.db.prisma");
type GlobalWithClient = typeof globalThis & { [holderKey]?: ClientHolder };

/** The Prisma client for process.env.DATABASE_URL (set by ensureDatabase() at start). */
export function getPrisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: call ensureDatabase() before querying the database");
  const global = globalThis as GlobalWithClient;
  const holder = global[holderKey];
  if (holder?.url === url) return holder.client;
  // The URL changed (tests switch databases): the old client's pool is closed in the background.
  void holder?.client.$disconnect();
  // "minimal": no code frames of our sources in messages that may reach a user (see error-summary.ts).
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    errorFormat: "minimal",
  });
  global[holderKey] = { url, client };
  return client;
}

export async function disconnectPrisma(): Promise<void> {
  const global = globalThis as GlobalWithClient;
  const holder = global[holderKey];
  global[holderKey] = undefined;
  await holder?.client.$disconnect();
}

export type { PrismaClient };
