"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

const POLL_MS = 500;
const terminal = new Set(["succeeded", "failed", "cancelled"]);

interface Progress {
  status: string;
  turnsDone: number;
  messageCount: number;
}

/**
 * While a run is queued or running, polls its progress and re-renders the page (server components) whenever it
 * moves, so new turns show up within a second. Stops once the run has finished and the page shows it.
 */
export function LiveRunRefresher({
  runId,
  initialStatus,
  initialSignature,
}: {
  runId: string;
  initialStatus: string;
  /** `status|turnsDone|messageCount` as the server rendered them, so a change before the first poll still shows. */
  initialSignature: string;
}) {
  const router = useRouter();
  const lastSeen = useRef(initialSignature);
  const [live, setLive] = useState(!terminal.has(initialStatus));
  const [refreshing, startRefresh] = useTransition();
  const refreshingRef = useRef(false);
  useEffect(() => {
    refreshingRef.current = refreshing;
  }, [refreshing]);

  useEffect(() => {
    if (terminal.has(initialStatus)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function poll() {
      try {
        const response = await fetch(`/api/runs/${runId}/progress`, { cache: "no-store" });
        if (response.ok) {
          const progress = (await response.json()) as Progress;
          const signature = `${progress.status}|${progress.turnsDone}|${progress.messageCount}`;
          // One re-render at a time: on a long run a render can take longer than a poll, so later changes wait.
          if (signature !== lastSeen.current && !refreshingRef.current) {
            lastSeen.current = signature;
            startRefresh(() => router.refresh());
          }
          if (terminal.has(progress.status) && lastSeen.current === signature) {
            setLive(false);
            return;
          }
        }
      } catch {
        // A dropped poll (server restarting, network blip) is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }

    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId, initialStatus, router]);

  if (!live) return null;
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-accent" data-testid="live-indicator">
      <span aria-hidden="true" className="h-1.5 w-1.5 animate-ping rounded-full bg-accent" />
      live
    </span>
  );
}
