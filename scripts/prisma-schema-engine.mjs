#!/usr/bin/env node
// Stand-in for Prisma's native schema engine (which the CLI would download from a host this network cannot
// reach). It speaks the same protocol (JSON-RPC 2.0, one message per line on stdin/stdout) and delegates every
// method to the official wasm build of the engine over @prisma/adapter-pg. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here.
import { parseArgs } from "node:util";
import { runCliCommand } from "./prisma-schema-engine-cli.mjs";
import { startRpcServer } from "./prisma-schema-engine-rpc.mjs";
import { loadSchemaEngine } from "./prisma-schema-engine-wasm.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    version: { type: "boolean", short: "V" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
  },
});

const datasource = values.datasource ? JSON.parse(values.datasource) : {};

if (values.version) {
  const { version } = await loadSchemaEngine();
  process.stdout.write(`schema-engine-cli ${version()}\n`);
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1], datasource);
} else {
  await startRpcServer({ datamodelPaths: values.datamodels ?? [], datasource });
}
