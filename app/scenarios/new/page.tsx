import type { Metadata } from "next";
import { Breadcrumb, PageHeading } from "@/components/ui/page-heading";
import { createScenarioAction } from "../actions";
import { ScenarioEditor } from "../scenario-editor";
import { scenarioTemplate } from "../scenario-template";

export const metadata: Metadata = { title: "New scenario" };

export default function NewScenarioPage() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4">
      <PageHeading
        breadcrumb={<Breadcrumb parent={{ href: "/scenarios", label: "Scenarios" }} current="new" />}
        title="New scenario"
      />
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
