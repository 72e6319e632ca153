import type { ReactNode } from "react";

/** A titled panel on a page: the run page is a stack of these. */
export function Section({
  title,
  description,
  actions,
  children,
  testId,
  id,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  id?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-testid={testId}
      className="rounded-lg border border-line bg-panel"
    >
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-4 py-2.5">
        <div>
          <h2 id={headingId} className="text-[13px] font-semibold uppercase tracking-wide text-ink">
            {title}
          </h2>
          {description && <p className="text-xs text-muted">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </header>
      <div className="p-4">{children}</div>
    </section>
  );
}
