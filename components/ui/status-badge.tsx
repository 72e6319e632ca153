import type { RunStatus } from "@/lib/sim/types";

const styles: Record<RunStatus, string> = {
  queued: "bg-stone-100 text-muted border-line-strong",
  running: "bg-accent-soft text-accent border-accent/30",
  succeeded: "bg-ok-soft text-ok border-ok/30",
  failed: "bg-bad-soft text-bad border-bad/30",
  cancelled: "bg-warn-soft text-warn border-warn/30",
};

export function StatusBadge({ status, testId }: { status: RunStatus; testId?: string }) {
  return (
    <span
      data-testid={testId}
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-px text-xs font-medium ${styles[status]}`}
    >
      {status === "running" && (
        <span aria-hidden="true" className="h-1.5 w-1.5 animate-pulse rounded-full bg-accent" />
      )}
      {status}
    </span>
  );
}
