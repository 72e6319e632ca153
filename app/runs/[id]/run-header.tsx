import { buttonClasses } from "@/components/ui/button-styles";
import { formatDateTime, formatDuration, formatNumber } from "@/components/ui/format";
import { Breadcrumb } from "@/components/ui/page-heading";
import { StatusBadge } from "@/components/ui/status-badge";
import type { RunStatus } from "@/lib/sim/types";
import { CopyLinkButton } from "./copy-link-button";
import { RunControls } from "./run-controls";

export interface RunHeaderData {
  id: string;
  scenarioName: string;
  status: RunStatus;
  sessionId: string | null;
  durationMs: number | null;
  startedAt: Date | null;
  agentModel: string;
  humanModel: string;
  turnsDone: number;
  turnsTotal: number;
  totalTokens: number;
  budget: number;
  tokenizer: string;
}

export function RunHeader({ run, live }: { run: RunHeaderData; live?: React.ReactNode }) {
  const active = run.status === "queued" || run.status === "running";
  return (
    <header className="flex flex-col gap-3 rounded-lg border border-line bg-panel px-5 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <Breadcrumb parent={{ href: "/", label: "Runs" }} current="run" />
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-xl font-semibold tracking-tight wrap-anywhere" data-testid="run-scenario">
              {run.scenarioName}
            </h1>
            <StatusBadge status={run.status} testId="run-status" />
            {live}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CopyLinkButton path={`/runs/${run.id}`} />
          <a
            className={buttonClasses("secondary")}
            href={`/api/runs/${run.id}/report?format=md`}
            download
            data-testid="export-markdown"
          >
            Export Markdown
          </a>
          <a
            className={buttonClasses("secondary")}
            href={`/api/runs/${run.id}/report?format=json`}
            download
            data-testid="export-json"
          >
            Export JSON
          </a>
          <RunControls runId={run.id} active={active} />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-[13px] sm:grid-cols-4 lg:grid-cols-8">
        <Fact label="Turns" testId="run-turns">
          {formatNumber(run.turnsDone)} / {formatNumber(run.turnsTotal)}
        </Fact>
        <Fact label="Duration">{formatDuration(run.durationMs)}</Fact>
        <Fact label="Started">{formatDateTime(run.startedAt)}</Fact>
        <Fact label="Tokens">{formatNumber(run.totalTokens)}</Fact>
        <Fact label="Budget">
          {formatNumber(run.budget)} <span className="text-faint">· {run.tokenizer}</span>
        </Fact>
        <Fact label="Agent model">
          <span className="font-mono text-agent">{run.agentModel}</span>
        </Fact>
        <Fact label="Human model">
          <span className="font-mono text-human">{run.humanModel}</span>
        </Fact>
        <Fact label="Session ID">
          <span className="font-mono text-xs" data-testid="run-session-id">
            {run.sessionId ?? "—"}
          </span>
        </Fact>
      </dl>
    </header>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] uppercase tracking-wide text-faint">{label}</dt>
      <dd className="wrap-anywhere" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
