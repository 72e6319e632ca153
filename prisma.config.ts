import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The CLI would download a native schema engine that this network cannot reach: ours delegates to the
// official wasm engine. It is spawned directly (shebang `node`), so the project's Node 24 goes first in PATH.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("scripts/prisma-schema-engine.mjs", import.meta.url),
);
const projectBin = fileURLToPath(new URL("node_modules/.bin", import.meta.url));
process.env.PATH = [projectBin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `env("DATABASE_URL")` throws when unset, which would break `prisma generate` and `next build`.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/parley" },
});
