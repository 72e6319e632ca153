import { z } from "zod";

export const runSortColumns = [
  "scenario",
  "status",
  "turns",
  "budget",
  "tokens",
  "duration",
  "startedAt",
] as const;
export type RunSortColumn = (typeof runSortColumns)[number];
export const runStatuses = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

export const RUNS_PAGE_SIZE = 25;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The runs list's URL search params; anything malformed falls back to the default rather than failing the page. */
export const runsQuerySchema = z.object({
  page: z.preprocess(single, z.coerce.number().int().min(1).catch(1)).default(1),
  sort: z.preprocess(single, z.enum(runSortColumns).catch("startedAt")).default("startedAt"),
  dir: z.preprocess(single, z.enum(["asc", "desc"]).catch("desc")).default("desc"),
  status: z.preprocess(single, z.enum(runStatuses).optional().catch(undefined)),
  scenario: z.preprocess(single, z.string().trim().min(1).max(200).optional().catch(undefined)),
});

export type RunsQuery = z.output<typeof runsQuerySchema>;

/** The URL for a runs-list state, leaving defaults out so links stay short. */
export function runsQueryHref(query: RunsQuery, change: Partial<RunsQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.scenario) params.set("scenario", next.scenario);
  if (next.status) params.set("status", next.status);
  if (next.sort !== "startedAt" || next.dir !== "desc") {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}
