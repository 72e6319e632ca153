// The one place Parley reads its own settings from the environment (provider keys are read by lib/ai).
import { z } from "zod";

const count = (minimum: number) => z.coerce.number().int().min(minimum);

const envSchema = z.object({
  /** Use this PostgreSQL server; when unset, Parley starts an embedded one with its data in PARLEY_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /** Where the embedded PostgreSQL keeps its data. */
  PARLEY_DATA_DIR: z.string().min(1).default(".parley"),
  /** How many runs one worker executes at once. */
  PARLEY_CONCURRENCY: count(1).default(4),
  /** 1: the web server runs a worker in-process; 0 leaves jobs to `npm run worker`. More runs at once come from
   * PARLEY_CONCURRENCY or more worker processes, so a larger number is refused rather than quietly read as 1. */
  PARLEY_WORKERS: count(0).max(1, "must be 0 or 1 (set PARLEY_CONCURRENCY for more runs at once)").default(1),
  PORT: count(1).max(65_535).default(3000),
});

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Unset and empty are the same thing for a setting. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}

/** A database URL fit for messages: the user sees which server (or the typo), never its password. */
export function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*):[^@/]*@/i, "$1:***@");
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(withoutEmpty(source));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name} ${issue.message} (got "${withoutPassword(source[name] ?? "")}")`;
  });
  throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
}
