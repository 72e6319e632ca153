import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { initialiseCluster } from "./embedded-cluster";

const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)(
  "a data directory the postgres user cannot enter (a checkout in a mktemp folder)",
  () => {
    let closed: string;
    afterAll(() => rm(closed, { recursive: true, force: true }));

    it("is opened for search only, and the cluster is created in it", async () => {
      closed = await mkdtemp(path.join(os.tmpdir(), "parley-closed-")); // mkdtemp makes it 0700
      const clusterDir = path.join(closed, "data", "postgres");
      await initialiseCluster({ clusterDir, password: "x" });

      expect(existsSync(path.join(clusterDir, "PG_VERSION"))).toBe(true);
      expect((await stat(closed)).mode & 0o777).toBe(0o701);
    });
  },
);
