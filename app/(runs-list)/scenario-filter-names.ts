import { listRunScenarioNames } from "@/lib/db/queries/runs";

/**
 * The scenario filter's choices: the names runs carry, which outlive their library scenario (renamed, deleted, or
 * an imported report's), plus the name in the URL so the select can show it. A library scenario with no runs would
 * only ever filter to an empty list, so it is not offered.
 */
export async function scenarioFilterNames({ selected }: { selected?: string }): Promise<string[]> {
  const names = new Set(await listRunScenarioNames());
  if (selected) names.add(selected);
  return [...names].sort((a, b) => a.localeCompare(b));
}
