// The engine's RPC mode: one JSON-RPC 2.0 message per line on stdin/stdout, handled one at a time.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { createAdapterFactory } from "./prisma-schema-engine-adapter.mjs";
import { loadSchemaEngine, takePanicMessage } from "./prisma-schema-engine-wasm.mjs";

const WASM_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);
const NO_FILTERS = { externalTables: [], externalEnums: [] };
const PANIC_EXIT_CODE = 101; // what the native engine exits with; the CLI reports it as a crash

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function logError(message) {
  const record = {
    timestamp: new Date().toISOString(),
    level: "ERROR",
    fields: { message },
    target: "schema_engine",
  };
  process.stderr.write(`${JSON.stringify(record)}\n`);
}

function toRpcError(error, panic) {
  const message = panic ?? String(error?.message ?? error);
  return {
    code: 4466,
    message: panic ?? "An error happened. Check the data field for details.",
    data: { is_panic: Boolean(panic), message, meta: null, error_code: panic ? null : (error?.code ?? null) },
  };
}

function isMissingMigrationsTable(error) {
  return error?.code === "P1014" && String(error.message).includes("_prisma_migrations");
}

export async function startRpcServer({ datamodelPaths, datasource }) {
  const { SchemaEngine } = await loadSchemaEngine();
  const datamodels = await Promise.all(
    datamodelPaths.map(async (path) => [path, await readFile(path, "utf8")]),
  );
  let enginePromise;
  const engine = () => {
    enginePromise ??= SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      (log) => process.stderr.write(`${log}\n`),
      createAdapterFactory(datasource),
    );
    return enginePromise;
  };

  let printCounter = 0;
  const pendingPrints = new Map();
  const print = (content) => {
    const id = `print-${++printCounter}`;
    send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    return new Promise((resolve) => pendingPrints.set(id, resolve));
  };

  // The wasm engine only finds its shadow database (adapter factory) for evaluateDataLoss and createMigration
  // after a shadow-using diagnostic, and loses it again when migrations are applied: `migrate dev` on a database
  // that is behind would fail with "PostgreSQL shadow DB must be provided through an external factory".
  let shadowReady = false;
  const needsShadow = new Set(["evaluateDataLoss", "createMigration"]);

  const invoke = async (target, method, params) => {
    if (needsShadow.has(method) && !shadowReady && params?.migrationsList) {
      const filters = params.filters ?? NO_FILTERS;
      await target.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters,
      });
      shadowReady = true;
    }
    const result = await target[method](params);
    if (
      method === "devDiagnostic" ||
      (method === "diagnoseMigrationHistory" && params?.optInToShadowDatabase)
    ) {
      shadowReady = true;
    }
    if ((method === "applyMigrations" && result.appliedMigrationNames.length > 0) || method === "reset") {
      shadowReady = false;
    }
    return result;
  };

  const call = async (method, params) => {
    if (method === "getDatabaseVersion") return (await engine()).version(params ?? undefined);
    if (!WASM_METHODS.has(method)) throw new Error(`The schema engine stand-in does not support ${method}.`);
    const target = await engine();
    try {
      return await invoke(target, method, params);
    } catch (error) {
      if (!isMissingMigrationsTable(error) || !params?.migrationsList) throw error;
      // An empty apply creates the migrations table; then the request can be answered.
      const emptyList = { ...params.migrationsList, migrationDirectories: [] };
      await target.applyMigrations({ migrationsList: emptyList, filters: params.filters ?? NO_FILTERS });
      return invoke(target, method, params);
    }
  };

  const inFlight = new Set();
  const crash = (error) => {
    const panic = takePanicMessage() ?? `The schema engine stand-in crashed: ${error?.stack ?? error}`;
    logError(panic);
    for (const id of inFlight) send({ jsonrpc: "2.0", id, error: toRpcError(error, panic) });
    // Never exit 0 here: the CLI treats a silent exit as success.
    process.exit(PANIC_EXIT_CODE);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);

  const handle = async (request) => {
    inFlight.add(request.id);
    try {
      let result = await call(request.method, request.params);
      // The native engine prints through the CLI instead of returning stdout.
      if (typeof result?.stdout === "string") {
        await print(result.stdout);
        result = { ...result, stdout: null };
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
      inFlight.delete(request.id);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) return crash(error);
      inFlight.delete(request.id);
      send({ jsonrpc: "2.0", id: request.id, error: toRpcError(error) });
    }
  };

  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  lines.on("close", async () => {
    await queue;
    process.exit(0);
  });
}
