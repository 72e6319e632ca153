// `npm run db:migrate`, `db:deploy`, `db:studio`, `db:prisma -- <args>`: the Prisma CLI against Parley's own
// database (the embedded one, started for the command, unless DATABASE_URL is set).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureDatabase, stopDatabase } from "./database";

const args = process.argv.slice(2);
const databaseUrl = await ensureDatabase().catch(async (error: Error) => {
  console.error(`[parley] ${error.message}`);
  await stopDatabase().catch(() => {});
  process.exit(1);
});
const child = spawn(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), ...args], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
});
const code = await new Promise<number>((resolve) => child.once("close", (exit) => resolve(exit ?? 1)));
await stopDatabase();
process.exit(code);
