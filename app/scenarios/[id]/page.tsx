import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumb, PageHeading } from "@/components/ui/page-heading";
import { getScenario } from "@/lib/db/queries/scenarios";
import { recordIdSchema } from "@/lib/validation/run-id";
import { scenarioToEditorText } from "@/lib/validation/scenario-definition";
import { updateScenarioAction } from "../actions";
import { DeleteScenarioButton } from "../delete-scenario-button";
import { ScenarioEditor } from "../scenario-editor";

const loadScenario = cache(async (id: string) => {
  const parsed = recordIdSchema.safeParse(id);
  return parsed.success ? getScenario({ id: parsed.data }) : null;
});

export async function generateMetadata(props: PageProps<"/scenarios/[id]">): Promise<Metadata> {
  const scenario = await loadScenario((await props.params).id);
  return { title: scenario ? scenario.name : "Scenario not found" };
}

export default async function ScenarioPage(props: PageProps<"/scenarios/[id]">) {
  const { id } = await props.params;
  const search = await props.searchParams;
  const scenario = await loadScenario(id);
  if (!scenario) notFound();
  const notice =
    search.imported !== undefined ? "Imported." : search.saved !== undefined ? "Created." : undefined;

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4">
      <PageHeading
        breadcrumb={<Breadcrumb parent={{ href: "/scenarios", label: "Scenarios" }} current="edit" />}
        title={scenario.name}
        description={
          <span className="text-xs">
            Version {scenario.version} · updated {formatDateTime(scenario.updatedAt)}
            {notice && <span className="ml-2 text-ok">{notice}</span>}
          </span>
        }
        actions={
          <>
            <Link href={`/runs/new?scenario=${scenario.id}`} className={buttonClasses("primary")}>
              Run this scenario
            </Link>
            <Link
              href={`/?scenario=${encodeURIComponent(scenario.name)}`}
              className={buttonClasses("secondary")}
            >
              Its runs
            </Link>
            <DeleteScenarioButton scenarioId={scenario.id} name={scenario.name} />
          </>
        }
      />
      <div className="rounded-lg border border-line bg-panel p-5">
        <ScenarioEditor
          action={updateScenarioAction}
          scenarioId={scenario.id}
          initialName={scenario.name}
          initialDefinition={scenarioToEditorText(scenario.definition)}
          submitLabel="Save new version"
        />
      </div>
    </div>
  );
}
