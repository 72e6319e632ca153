// Loads the official wasm schema engine by hand: its own entry uses a wasm ESM import, which Node only does
// behind an "experimental" warning on stderr, and the CLI parses the engine's stderr as JSON lines.
import { readFile } from "node:fs/promises";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

let panicMessage;
// The engine reports a Rust panic here just before it traps.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panicMessage = message;
  },
};

/** The message of the panic that wrecked the engine, if any: after one, the instance is unusable. */
export function takePanicMessage() {
  const message = panicMessage;
  panicMessage = undefined;
  return message;
}

export async function loadSchemaEngine() {
  const bindingsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(new URL("schema_engine_bg.wasm", bindingsUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return { SchemaEngine: bindings.SchemaEngine, version: bindings.version };
}
