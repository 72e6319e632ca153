"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { listProviders } from "@/lib/ai/registry";
import {
  type CancelOutcome,
  createRun,
  getArtifact,
  getRunDetail,
  markRunFailed,
  requestCancel,
} from "@/lib/db/queries/runs";
import { getScenario } from "@/lib/db/queries/scenarios";
import { enqueueRun } from "@/lib/jobs/queue";
import { parseScenario, type Scenario, ScenarioError } from "@/lib/sim/scenario";
import type { Side } from "@/lib/sim/types";
import { type ActionState, firstErrors } from "@/lib/validation/action-state";
import {
  type LaunchRunField,
  type LaunchRunInput,
  launchRunSchema,
  toModelSpec,
} from "@/lib/validation/launch-run";
import { recordIdSchema, runIdFormSchema } from "@/lib/validation/run-id";

type LaunchState = ActionState<LaunchRunField>;

/** Validates the New simulation form, creates the run from the chosen scenario with the form's overrides, queues it. */
export async function launchRunAction(_previous: LaunchState, formData: FormData): Promise<LaunchState> {
  const parsed = launchRunSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: firstErrors<LaunchRunField>(parsed.error.issues) };
  const input = parsed.data;

  const keyErrors = missingKeyErrors(input);
  if (Object.keys(keyErrors).length > 0) return { ok: false, fieldErrors: keyErrors };

  const stored = await getScenario({ id: input.scenarioId });
  if (!stored)
    return { ok: false, fieldErrors: { scenarioId: "That scenario no longer exists; choose another" } };

  const built = buildScenario(stored.definition, input);
  if (!built.ok) return built;

  let runId: string;
  try {
    ({ id: runId } = await createRun({ scenario: built.scenario, scenarioId: stored.id }));
  } catch (error) {
    console.error("[parley] launch: could not create the run", error);
    return { ok: false, fieldErrors: {}, formError: "The run could not be saved. Is the database running?" };
  }
  const queued = await queueRun(runId);
  if (!queued.ok) return queued;
  revalidatePath("/");
  redirect(`/runs/${runId}`);
}

function missingKeyErrors(input: LaunchRunInput): Partial<Record<LaunchRunField, string>> {
  const providers = listProviders();
  const errors: Partial<Record<LaunchRunField, string>> = {};
  for (const side of ["agent", "human"] as const) {
    const provider = providers.find((candidate) => candidate.id === input[`${side}Provider`]);
    if (provider && !provider.configured) {
      errors[`${side}Provider`] =
        `${provider.label} is not configured: set ${provider.variable} on the server`;
    }
  }
  return errors;
}

const scenarioFieldToFormField: Record<string, LaunchRunField> = {
  turns: "turns",
  budget: "budget",
  tokenizer: "tokenizer",
  policy: "policy",
  "agent.model": "agentModelId",
  "agent.script": "agentProvider",
  "human.model": "humanModelId",
  "human.script": "humanProvider",
};

function buildScenario(
  definition: Scenario,
  input: LaunchRunInput,
): { ok: true; scenario: Scenario } | (LaunchState & { ok: false }) {
  const candidate = {
    ...definition,
    turns: input.turns,
    budget: input.budget,
    tokenizer: input.tokenizer,
    policy: input.policy,
    agent: { ...definition.agent, model: toModelSpec(input.agentProvider, input.agentModelId) },
    human: { ...definition.human, model: toModelSpec(input.humanProvider, input.humanModelId) },
  };
  let scenario: Scenario;
  try {
    scenario = parseScenario(candidate, "the form");
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const fieldErrors: Partial<Record<LaunchRunField, string>> = {};
    const unplaced: string[] = [];
    for (const issue of error.issues) {
      const field = fieldOfIssue(issue.path, definition);
      if (field && !fieldErrors[field]) fieldErrors[field] = describeScenarioIssue(issue.path, issue.message);
      else if (!field) unplaced.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    }
    return {
      ok: false,
      fieldErrors,
      formError: unplaced.length ? `The scenario is invalid: ${unplaced.join("; ")}` : undefined,
    };
  }
  return { ok: true, scenario };
}

/** A script too short for the turns is the turns' problem; a missing script is the provider's. */
function fieldOfIssue(path: string, definition: Scenario): LaunchRunField | undefined {
  const side = path === "agent.script" ? "agent" : path === "human.script" ? "human" : null;
  if (side && definition[side].script?.length) return "turns";
  return scenarioFieldToFormField[path];
}

function describeScenarioIssue(path: string, message: string): string {
  if (!path.endsWith(".script")) return message;
  const side = path.startsWith("agent") ? "agent" : "human";
  return message.startsWith("has ")
    ? `The scripted ${side} ${message}`
    : "This scenario has no script for a scripted model on this side: choose another provider";
}

async function queueRun(runId: string): Promise<{ ok: true } | (LaunchState & { ok: false })> {
  try {
    await enqueueRun({ runId });
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error("[parley] could not queue run", runId, error);
    await markRunFailed({ id: runId, error: `could not be queued: ${reason}` }).catch(() => undefined);
    return {
      ok: false,
      fieldErrors: {},
      formError: "The run was saved but could not be queued; see the server log.",
    };
  }
}

type RunActionState = ActionState<"runId">;

const cancelNotices: Record<CancelOutcome | "over", string> = {
  cancelled: "Cancelled before it started.",
  stopping: "Cancelling: the run stops after the current model call.",
  over: "This run had already finished.",
};

/** The outcome tells the page which notice goes stale once the run has stopped ("stopping"). */
export type CancelState = RunActionState | { ok: true; message: string; outcome: CancelOutcome | "over" };

/** Cancels a queued run at once; asks the worker to stop a running one after the model call in flight. */
export async function cancelRunAction(_previous: CancelState, formData: FormData): Promise<CancelState> {
  const parsed = runIdFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "That run id is not valid." };
  let outcome: CancelOutcome | null;
  try {
    outcome = await requestCancel({ id: parsed.data.runId });
  } catch (error) {
    console.error("[parley] cancel failed", error);
    return { ok: false, fieldErrors: {}, formError: "The run could not be cancelled; try again." };
  }
  revalidatePath(`/runs/${parsed.data.runId}`);
  return { ok: true, message: cancelNotices[outcome ?? "over"], outcome: outcome ?? "over" };
}

/** A new run of the exact scenario snapshot this run used, linked to the same library scenario. */
export async function runAgainAction(_previous: RunActionState, formData: FormData): Promise<RunActionState> {
  const parsed = runIdFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "That run id is not valid." };
  const run = await getRunDetail({ id: parsed.data.runId });
  if (!run) return { ok: false, fieldErrors: {}, formError: "That run no longer exists." };
  let runId: string;
  try {
    const create = (scenarioId: string | null) => createRun({ scenario: run.scenario, scenarioId });
    // Deleting a scenario unlinks its runs; one deleted since the read above leaves the new run unlinked.
    ({ id: runId } = await create(run.scenarioId).catch((error: unknown) =>
      run.scenarioId ? create(null) : Promise.reject(error),
    ));
  } catch (error) {
    console.error("[parley] run again: could not create the run", error);
    return { ok: false, fieldErrors: {}, formError: "The run could not be saved. Is the database running?" };
  }
  const queued = await queueRun(runId);
  if (!queued.ok) return { ok: false, fieldErrors: {}, formError: queued.formError };
  revalidatePath("/");
  redirect(`/runs/${runId}`);
}

/** The full text of one artifact, for tables of long runs that were sent previews only. */
export async function loadArtifactContentAction(
  runId: string,
  side: Side,
  seq: number,
): Promise<{ content: string } | { error: string }> {
  const id = recordIdSchema.safeParse(runId);
  if (!id.success || (side !== "agent" && side !== "human") || !Number.isInteger(seq)) {
    return { error: "That artifact does not exist." };
  }
  const artifact = await getArtifact({ runId: id.data, side, seq });
  return artifact ? { content: artifact.content } : { error: "That artifact does not exist." };
}
