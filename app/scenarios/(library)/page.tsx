import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClasses } from "@/components/ui/button-styles";
import { formatDateTime, formatNumber } from "@/components/ui/format";
import { PageHeading } from "@/components/ui/page-heading";
import { listScenarios } from "@/lib/db/queries/scenarios";
import { DeleteScenarioButton } from "../delete-scenario-button";
import { ImportForm } from "../import-form";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  await connection(); // the library changes at run time: render per request, never at build time
  const scenarios = await listScenarios();
  return (
    <div className="flex flex-col gap-4">
      <PageHeading
        title="Scenarios"
        description="The library runs start from. Editing a scenario saves a new version; runs keep the version they ran."
        actions={
          <Link href="/scenarios/new" className={buttonClasses("primary")} data-testid="new-scenario">
            New scenario
          </Link>
        }
      />

      {scenarios.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line-strong bg-panel px-6 py-10 text-center text-muted">
          No scenarios yet. Create one, or import a scenario file or an old report below.
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-panel">
          <table
            aria-label="Scenarios"
            data-testid="scenarios-table"
            className="w-full border-collapse text-[13px]"
          >
            <thead className="bg-stone-50 text-left text-xs text-muted">
              <tr>
                <th className="px-3 py-2 font-medium">Name</th>
                <th className="px-3 py-2 text-right font-medium">Version</th>
                <th className="px-3 py-2 text-right font-medium">Turns</th>
                <th className="px-3 py-2 text-right font-medium">Budget</th>
                <th className="hidden px-3 py-2 font-medium lg:table-cell">Tokenizer</th>
                <th className="px-3 py-2 font-medium">Agent model</th>
                <th className="px-3 py-2 font-medium">Human model</th>
                <th className="hidden px-3 py-2 text-right font-medium lg:table-cell">Updated</th>
                <th className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((scenario) => (
                <tr
                  key={scenario.id}
                  data-testid="scenario-row"
                  className="border-t border-line hover:bg-stone-50"
                >
                  <td className="min-w-40 px-3 py-2 font-medium">
                    <Link href={`/scenarios/${scenario.id}`} className="hover:text-accent hover:underline">
                      {scenario.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">v{scenario.version}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(scenario.turns)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(scenario.budget)}</td>
                  <td className="hidden px-3 py-2 font-mono text-xs lg:table-cell">{scenario.tokenizer}</td>
                  <td className="px-3 py-2 font-mono text-xs text-agent">{scenario.agentModel}</td>
                  <td className="px-3 py-2 font-mono text-xs text-human">{scenario.humanModel}</td>
                  <td className="hidden whitespace-nowrap px-3 py-2 text-right text-muted tabular-nums lg:table-cell">
                    {formatDateTime(scenario.updatedAt)}
                  </td>
                  <td className="px-3 py-1">
                    <div className="flex items-center justify-end gap-1">
                      <Link
                        href={`/runs/new?scenario=${scenario.id}`}
                        className={buttonClasses("ghost", "h-7 px-2")}
                      >
                        Run
                      </Link>
                      <Link href={`/scenarios/${scenario.id}`} className={buttonClasses("ghost", "h-7 px-2")}>
                        Edit
                      </Link>
                      <DeleteScenarioButton scenarioId={scenario.id} name={scenario.name} compact />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ImportForm />
    </div>
  );
}
