// The test run's PostgreSQL: a private copy of a cluster initialised once (in .parley/test/template), so test
// runs that overlap (several people or agents in one checkout) never share, or stop, each other's server.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { initialiseCluster, startCluster } from "./embedded-cluster";
import { type EmbeddedServer, serverHandle } from "./embedded-postgres";
import { findFreePort, isProcessAlive, withStartLock } from "./embedded-postgres-state";

// Durability buys nothing for throwaway test data; parallel test files each hold a few connections.
const TEST_SETTINGS = {
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  max_connections: "200",
};
const TEST_FLAGS = Object.entries(TEST_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`]);

async function ensureTemplate(root: string): Promise<{ clusterDir: string; password: string }> {
  const clusterDir = path.join(root, "template");
  const marker = path.join(root, "template.json"); // written once the cluster is complete
  return withStartLock(path.join(root, "template.lock"), async () => {
    if (existsSync(marker))
      return { clusterDir, password: JSON.parse(await readFile(marker, "utf8")).password };
    const password = randomBytes(24).toString("base64url");
    await initialiseCluster({ clusterDir, password });
    await writeFile(marker, `${JSON.stringify({ password })}\n`, { mode: 0o600 });
    return { clusterDir, password };
  });
}

/** Run directories are named after their process; a dead process's copy (and orphaned server) goes. */
async function removeAbandonedRuns(runsDir: string): Promise<void> {
  const entries = await readdir(runsDir).catch(() => []);
  for (const entry of entries) {
    const owner = Number(entry.split("-")[0]);
    if (!owner || isProcessAlive(owner)) continue;
    const postmaster = await readFile(path.join(runsDir, entry, "postgres", "postmaster.pid"), "utf8").catch(
      () => "",
    );
    const orphan = Number(postmaster.split("\n")[0]);
    if (orphan && isProcessAlive(orphan)) process.kill(orphan, "SIGQUIT");
    await rm(path.join(runsDir, entry), { recursive: true, force: true });
  }
}

export async function startTestPostgres({ root }: { root: string }): Promise<EmbeddedServer> {
  await mkdir(root, { recursive: true });
  const template = await ensureTemplate(root);
  const runsDir = path.join(root, "runs");
  await removeAbandonedRuns(runsDir);
  const runDir = path.join(runsDir, `${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(runDir, { recursive: true });
  const clusterDir = path.join(runDir, "postgres");
  // cp -a keeps the postgres user's ownership and the 0700 mode PostgreSQL insists on.
  await promisify(execFile)("cp", ["-a", template.clusterDir, clusterDir]);
  const port = await findFreePort();
  const stop = await startCluster({
    clusterDir,
    password: template.password,
    port,
    postgresFlags: TEST_FLAGS,
  });
  return serverHandle({ port, password: template.password }, true, async () => {
    await stop();
    await rm(runDir, { recursive: true, force: true });
  });
}
