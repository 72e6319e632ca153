import type { Metadata } from "next";
import Link from "next/link";
import { createScenarioAction } from "../actions";
import { ScenarioEditor } from "../scenario-editor";
import { scenarioTemplate } from "../scenario-template";

export const metadata: Metadata = { title: "New scenario" };

export default function NewScenarioPage() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4">
      <div>
        <div className="text-xs text-muted">
          <Link href="/scenarios" className="hover:text-ink">
            Scenarios
          </Link>{" "}
          / new
        </div>
        <h1 className="text-xl font-semibold tracking-tight">New scenario</h1>
      </div>
      <div className="rounded-lg border border-line bg-panel p-5">
        <ScenarioEditor
          action={createScenarioAction}
          initialName="my-scenario"
          initialDefinition={scenarioTemplate}
          submitLabel="Create scenario"
        />
      </div>
    </div>
  );
}
