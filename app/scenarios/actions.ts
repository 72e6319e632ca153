"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createScenario, deleteScenario, getScenario, updateScenario } from "@/lib/db/queries/scenarios";
import type { Scenario } from "@/lib/sim/scenario";
import { type ActionState, firstErrors } from "@/lib/validation/action-state";
import { recordIdSchema } from "@/lib/validation/run-id";
import { parseScenarioDefinition } from "@/lib/validation/scenario-definition";
import { type ScenarioFormField, scenarioFormSchema } from "@/lib/validation/scenario-form";
import { importScenarioOrReport } from "./import-file";

/** Editor state: field errors plus the engine's issues with the definition, one per line. */
export type ScenarioEditorState =
  | { ok: true; message?: string }
  | {
      ok: false;
      fieldErrors: Partial<Record<ScenarioFormField, string>>;
      issues?: string[];
      formError?: string;
    };

function validateEditor(
  formData: FormData,
): { ok: true; scenario: Scenario } | (ScenarioEditorState & { ok: false }) {
  const parsed = scenarioFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: firstErrors<ScenarioFormField>(parsed.error.issues) };
  const result = parseScenarioDefinition({ name: parsed.data.name, text: parsed.data.definition });
  if (result.ok) return result;
  const issues = result.issues.map((issue) =>
    issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  );
  return {
    ok: false,
    fieldErrors: {
      name: result.nameError,
      definition: issues.length
        ? `The definition has ${issues.length} problem${issues.length > 1 ? "s" : ""}`
        : undefined,
    },
    issues,
  };
}

export async function createScenarioAction(
  _previous: ScenarioEditorState,
  formData: FormData,
): Promise<ScenarioEditorState> {
  const checked = validateEditor(formData);
  if (!checked.ok) return checked;
  let id: string;
  try {
    ({ id } = await createScenario({ definition: checked.scenario }));
  } catch (error) {
    console.error("[parley] create scenario failed", error);
    return { ok: false, fieldErrors: {}, formError: "The scenario could not be saved; see the server log." };
  }
  revalidatePath("/scenarios");
  redirect(`/scenarios/${id}?saved=1`);
}

export async function updateScenarioAction(
  _previous: ScenarioEditorState,
  formData: FormData,
): Promise<ScenarioEditorState> {
  const id = recordIdSchema.safeParse(formData.get("scenarioId"));
  if (!id.success) return { ok: false, fieldErrors: {}, formError: "That scenario id is not valid." };
  const checked = validateEditor(formData);
  if (!checked.ok) return checked;
  if (!(await getScenario({ id: id.data }))) {
    return {
      ok: false,
      fieldErrors: {},
      formError: "This scenario was deleted; save it as a new one instead.",
    };
  }
  try {
    await updateScenario({ id: id.data, definition: checked.scenario });
  } catch (error) {
    console.error("[parley] update scenario failed", error);
    return { ok: false, fieldErrors: {}, formError: "The scenario could not be saved; see the server log." };
  }
  revalidatePath("/scenarios");
  revalidatePath(`/scenarios/${id.data}`);
  return { ok: true, message: "Saved as a new version. Earlier runs keep the version they ran." };
}

export async function deleteScenarioAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const id = recordIdSchema.safeParse(formData.get("scenarioId"));
  if (!id.success) return { ok: false, fieldErrors: {}, formError: "That scenario id is not valid." };
  try {
    await deleteScenario({ id: id.data });
  } catch (error) {
    console.error("[parley] delete scenario failed", error);
    return { ok: false, fieldErrors: {}, formError: "The scenario could not be deleted; try again." };
  }
  revalidatePath("/scenarios");
  redirect("/scenarios");
}

export type ImportState = ActionState<"file">;

/** A scenario file becomes a library scenario; an old markdown report also becomes a finished, browsable run. */
export async function importScenarioFileAction(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const outcome = await importScenarioOrReport(formData.get("file"));
  if (!outcome.ok)
    return { ok: false, fieldErrors: firstErrors<"file">([{ path: ["file"], message: outcome.error }]) };
  revalidatePath("/scenarios");
  revalidatePath("/");
  redirect(outcome.runId ? `/runs/${outcome.runId}` : `/scenarios/${outcome.scenarioId}?imported=1`);
}
