import { TokenBudgetChart } from "@/components/charts/token-budget-chart";
import { toArtifactRows } from "@/components/tables/artifact-rows";
import { ArtifactTable } from "@/components/tables/artifact-table";
import { MetricsTable } from "@/components/tables/metrics-table";
import { Transcript } from "@/components/transcript/transcript";
import { formatNumber, formatTokens } from "@/components/ui/format";
import { Section } from "@/components/ui/section";
import type { Scenario } from "@/lib/sim/scenario";
import type { Artifact, Assembly, SimMessage } from "@/lib/sim/types";
import { loadArtifactContentAction } from "../actions";
import { LiveRunRefresher } from "./live-run-refresher";
import { RunHeader, type RunHeaderData } from "./run-header";
import { TranscriptPager } from "./transcript-pager";
import { transcriptPage } from "./transcript-pages";

/** What the run page shows; the database's RunDetail has this shape. */
export interface RunViewData extends Omit<RunHeaderData, "tokenizer"> {
  error: string | null;
  scenario: Scenario;
  result: {
    durationMs: number;
    messages: SimMessage[];
    assemblies: Assembly[];
    artifacts: { agent: Artifact[]; human: Artifact[] };
  };
}

export function RunView({ run, requestedPage }: { run: RunViewData; requestedPage: number | null }) {
  const active = run.status === "queued" || run.status === "running";
  const { messages, assemblies, artifacts } = run.result;
  const page = transcriptPage(messages, requestedPage, active);
  const agentAssemblies = assemblies.filter((assembly) => assembly.side === "agent");
  const humanAssemblies = assemblies.filter((assembly) => assembly.side === "human");
  const header: RunHeaderData = {
    ...run,
    // While running, the recorded duration is still empty: show the time elapsed so far.
    durationMs: run.durationMs ?? (run.startedAt ? run.result.durationMs : null),
    tokenizer: run.scenario.tokenizer,
  };

  return (
    <div className="flex flex-col gap-5">
      <RunHeader
        run={header}
        live={
          active ? (
            <LiveRunRefresher
              runId={run.id}
              initialStatus={run.status}
              initialSignature={`${run.status}|${run.turnsDone}|${messages.length}`}
            />
          ) : undefined
        }
      />
      {run.error && (
        <div
          role="alert"
          data-testid="run-error"
          className="rounded-md border border-bad/30 bg-bad-soft px-4 py-2.5 text-bad"
        >
          <span className="font-semibold">Run {run.status === "cancelled" ? "cancelled" : "failed"}:</span>{" "}
          {run.error}
        </div>
      )}
      {run.status === "queued" && (
        <p className="rounded-md border border-line bg-panel px-4 py-2.5 text-muted">
          Waiting for a worker to pick this run up…
        </p>
      )}

      <Section
        title="Token budget per assembly"
        description={`Budget ${formatTokens(run.budget)} · ${run.scenario.tokenizer} tokenizer · ${run.scenario.policy} policy`}
      >
        <TokenBudgetChart assemblies={assemblies} />
      </Section>

      <div className="grid gap-5 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <Section
          id="transcript"
          title="Transcript"
          description={
            messages.length
              ? `${formatNumber(messages.length)} message${messages.length === 1 ? "" : "s"} · ${
                  page.firstTurn === page.lastTurn
                    ? `turn ${page.firstTurn}`
                    : `turns ${page.firstTurn}–${page.lastTurn}`
                } shown`
              : undefined
          }
          actions={<TranscriptPager runId={run.id} page={page} />}
        >
          <div data-testid="transcript" className="flex flex-col gap-4">
            <Transcript messages={page.messages} />
            {page.pageCount > 1 && (
              <div className="flex justify-end">
                <TranscriptPager runId={run.id} page={page} />
              </div>
            )}
          </div>
        </Section>
        <div className="min-w-0">
          <Section
            title="Context Assembly Metrics"
            description="One row per context build, before each model call"
          >
            <MetricsTable assemblies={assemblies} />
          </Section>
        </div>
      </div>

      <div className="grid gap-5 2xl:grid-cols-2">
        <Section title="Agent artifacts" description="The agent's store, from its point of view">
          <ArtifactTable
            side="agent"
            artifacts={toArtifactRows(artifacts.agent)}
            assemblies={agentAssemblies}
            loadContent={loadArtifactContentAction.bind(null, run.id, "agent")}
          />
        </Section>
        <Section
          title="Human artifacts"
          description="The simulated human's store: the agent's replies are its user input"
        >
          <ArtifactTable
            side="human"
            artifacts={toArtifactRows(artifacts.human)}
            assemblies={humanAssemblies}
            loadContent={loadArtifactContentAction.bind(null, run.id, "human")}
          />
        </Section>
      </div>
    </div>
  );
}
