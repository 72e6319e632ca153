import type { Artifact } from "./types";

/**
 * One side's history. Tokens arrive counted (a message is counted once, for both stores that hold it);
 * assemblies read the stored counts.
 */
export class ArtifactStore {
  private readonly artifacts: Artifact[] = [];
  private tokenTotal = 0;

  append(entry: Omit<Artifact, "seq">): Artifact {
    const artifact: Artifact = { seq: this.artifacts.length + 1, ...entry };
    this.artifacts.push(artifact);
    this.tokenTotal += artifact.tokens;
    return artifact;
  }

  /** Number of artifacts, which is also the newest seq. */
  get size(): number {
    return this.artifacts.length;
  }

  get totalTokens(): number {
    return this.tokenTotal;
  }

  /** The artifact with this 1-based seq. */
  get(seq: number): Artifact {
    const artifact = this.artifacts[seq - 1];
    if (!artifact) throw new RangeError(`no artifact with seq ${seq} (store holds ${this.artifacts.length})`);
    return artifact;
  }

  /** Artifacts fromSeq..throughSeq, oldest first. */
  range(fromSeq: number, throughSeq: number): Artifact[] {
    return this.artifacts.slice(fromSeq - 1, throughSeq);
  }

  /** Every artifact, oldest first (the live list: do not mutate). */
  list(): readonly Artifact[] {
    return this.artifacts;
  }
}
