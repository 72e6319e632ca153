import type { Artifact, ArtifactKind } from "@/lib/sim/types";

/** An artifact as the browser receives it: full content only when the run is small enough to send it all. */
export interface ArtifactRowData {
  seq: number;
  kind: ArtifactKind;
  turn: number;
  tokens: number;
  preview: string;
  content?: string;
}

const PREVIEW_CHARS = 120;
/** Above this many characters of content per side, rows carry previews and the full text loads on expand. */
const INLINE_CONTENT_LIMIT = 200_000;

function previewOf(content: string): string {
  // Collapsing whitespace shortens the text, so take a generous slice first.
  const flat = content
    .slice(0, PREVIEW_CHARS * 4)
    .replace(/\s+/g, " ")
    .trim();
  const cut = flat.length > PREVIEW_CHARS || content.length > PREVIEW_CHARS * 4;
  return cut ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}

export function toArtifactRows(artifacts: readonly Artifact[]): ArtifactRowData[] {
  const total = artifacts.reduce((sum, artifact) => sum + artifact.content.length, 0);
  const inline = total <= INLINE_CONTENT_LIMIT;
  return artifacts.map((artifact) => ({
    seq: artifact.seq,
    kind: artifact.kind,
    turn: artifact.turn,
    tokens: artifact.tokens,
    preview: previewOf(artifact.content),
    content: inline ? artifact.content : undefined,
  }));
}
