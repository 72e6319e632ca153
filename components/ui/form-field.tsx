import type { ReactNode } from "react";

export const inputClasses =
  "h-8 w-full rounded-md border border-line-strong bg-panel px-2.5 text-[13px] text-ink " +
  "aria-invalid:border-bad aria-invalid:bg-bad-soft/30 disabled:bg-stone-100 disabled:text-faint";

/** A labelled control with its error beside it; the error region is always present so screen readers announce it. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
  className = "",
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      {children}
      {hint && !error && <p className="text-xs text-faint">{hint}</p>}
      <p id={`${id}-error`} aria-live="polite" data-testid={`${id}-error`} className="text-xs text-bad">
        {error ?? ""}
      </p>
    </div>
  );
}

/** Props that tie a control to its FormField error. */
export function errorProps(id: string, error?: string) {
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-error`,
  } as const;
}
