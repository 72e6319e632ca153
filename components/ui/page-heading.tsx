import Link from "next/link";
import type { ReactNode } from "react";

/** "Scenarios / edit": the way back to the list a page belongs to. */
export function Breadcrumb({
  parent,
  current,
}: {
  parent: { href: string; label: string };
  current: string;
}) {
  return (
    <div className="text-xs text-muted">
      <Link href={parent.href} className="hover:text-ink">
        {parent.label}
      </Link>{" "}
      / {current}
    </div>
  );
}

/** A page's title with its description and breadcrumb on the left and its actions on the right. */
export function PageHeading({
  title,
  description,
  breadcrumb,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {breadcrumb}
        <h1 className="text-xl font-semibold tracking-tight wrap-anywhere">{title}</h1>
        {description && <div className="text-muted">{description}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
