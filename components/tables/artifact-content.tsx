"use client";

import { useEffect, useState } from "react";
import { formatTokens } from "@/components/ui/format";
import type { ArtifactRowData } from "./artifact-rows";

export type LoadArtifactContent = (seq: number) => Promise<{ content: string } | { error: string }>;

/** An expanded artifact row: the whole content, fetched on first open when the row came without it. */
export function ArtifactContent({
  artifact,
  load,
}: {
  artifact: ArtifactRowData;
  load?: LoadArtifactContent;
}) {
  const [loaded, setLoaded] = useState<{ content?: string; error?: string }>({});
  const content = artifact.content ?? loaded.content;

  useEffect(() => {
    if (artifact.content !== undefined || !load) return;
    let current = true;
    load(artifact.seq).then(
      (result) =>
        current && setLoaded("content" in result ? { content: result.content } : { error: result.error }),
      () => current && setLoaded({ error: "Could not load this artifact; try again." }),
    );
    return () => {
      current = false;
    };
  }, [artifact.content, artifact.seq, load]);

  return (
    <div className="flex flex-col gap-1.5" data-testid="artifact-content">
      <div className="text-xs text-muted">
        Artifact #{artifact.seq} · turn {artifact.turn} · {artifact.kind} · {formatTokens(artifact.tokens)}
      </div>
      {loaded.error ? (
        <p role="alert" className="text-xs text-bad">
          {loaded.error}
        </p>
      ) : (
        <pre
          aria-busy={content === undefined}
          className="max-h-[28rem] overflow-auto whitespace-pre-wrap break-words rounded border border-line bg-panel p-3 font-mono text-xs leading-relaxed"
        >
          {content ?? "Loading…"}
        </pre>
      )}
    </div>
  );
}
