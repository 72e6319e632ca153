// Prisma starts its messages with where the call was made ("Invalid `prisma.run.findMany()` invocation:"), which
// tells a user nothing: what reaches a run's record or the health check is the cause, on one line.
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const cause = lines[0]?.startsWith("Invalid `") ? lines.slice(1) : lines;
  return cause.join(" ") || "unknown error";
}
