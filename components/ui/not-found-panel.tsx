import type { ReactNode } from "react";

/** The body of every 404 page: what was not found, why that may be, and where to go instead. */
export function NotFoundPanel({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div
      data-testid="not-found"
      className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center"
    >
      <p className="font-mono text-sm text-faint">404</p>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-muted">{children}</p>
      <div className="mt-2 flex gap-2">{actions}</div>
    </div>
  );
}
