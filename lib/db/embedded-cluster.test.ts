import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { directoryClosedToPostgres, initialiseCluster } from "./embedded-cluster";

const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)("a data directory the postgres user cannot reach", () => {
  let closed: string;
  afterAll(() => rm(closed, { recursive: true, force: true }));

  it("is named in a one-line error before initdb runs", async () => {
    closed = await mkdtemp(path.join(os.tmpdir(), "parley-closed-")); // mkdtemp makes it 0700
    const clusterDir = path.join(closed, "data", "postgres");
    expect(await directoryClosedToPostgres(clusterDir)).toBe(closed);
    await expect(initialiseCluster({ clusterDir, password: "x" })).rejects.toThrow(
      `cannot enter ${closed}. Set PARLEY_DATA_DIR to a directory it can reach, or allow it in: chmod o+x ${closed}`,
    );

    await chmod(closed, 0o755);
    expect(await directoryClosedToPostgres(clusterDir)).toBeNull();
  });
});
