import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { listProviders } from "@/lib/ai/registry";
import { listScenarios } from "@/lib/db/queries/scenarios";
import { LaunchForm, type LaunchScenario } from "./launch-form";

export const metadata: Metadata = { title: "New simulation" };

export default async function NewRunPage(props: PageProps<"/runs/new">) {
  const search = await props.searchParams;
  const scenarios = await listScenarios();
  // Only what the form needs: names of variables, never their values.
  const providers = listProviders().map(({ id, label, variable, configured }) => ({
    id,
    label,
    variable,
    configured,
  }));
  const options: LaunchScenario[] = scenarios.map((scenario) => ({
    id: scenario.id,
    name: scenario.name,
    version: scenario.version,
    turns: scenario.turns,
    budget: scenario.budget,
    tokenizer: scenario.tokenizer,
    agentModel: scenario.agentModel,
    humanModel: scenario.humanModel,
  }));
  const requested = typeof search.scenario === "string" ? search.scenario : undefined;

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <PageHeading
        title="New simulation"
        description="Pick a scenario from the library and adjust the run. The scenario itself is not changed: the run keeps its own copy."
      />
      {options.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-line-strong bg-panel p-6">
          <p>The scenario library is empty. Create or import a scenario first.</p>
          <Link href="/scenarios" className={buttonClasses("primary")}>
            Go to scenarios
          </Link>
        </div>
      ) : (
        <LaunchForm
          scenarios={options}
          providers={providers}
          initialScenarioId={options.find((option) => option.id === requested)?.id ?? options[0].id}
        />
      )}
    </div>
  );
}
