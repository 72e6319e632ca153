#!/usr/bin/env node
// Entry point of `npx parley`: checks the Node version, then runs the TypeScript CLI through tsx.
import "../scripts/check-node.mjs";

const { tsImport } = await import("tsx/esm/api");
const { main } = await tsImport("../lib/cli/main.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
