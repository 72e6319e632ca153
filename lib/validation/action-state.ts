/** What a form's server action returns: shown beside the fields in an aria-live region, never thrown. */
export type ActionState<TField extends string = string> =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: Partial<Record<TField, string>>; formError?: string };

export const idleState = { ok: true } as const satisfies ActionState;

/** The first message per field of a zod error's flattened issues. */
export function firstErrors<TField extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Partial<Record<TField, string>> {
  const errors: Partial<Record<TField, string>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "") as TField;
    if (errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
