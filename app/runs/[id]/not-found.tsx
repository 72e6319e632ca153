import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";

export default function RunNotFound() {
  return (
    <div
      data-testid="not-found"
      className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center"
    >
      <p className="font-mono text-sm text-faint">404</p>
      <h1 className="text-xl font-semibold">Run not found</h1>
      <p className="text-muted">
        No run has this id. The link may be incomplete, or the run was deleted with its database.
      </p>
      <div className="mt-2 flex gap-2">
        <Link href="/" className={buttonClasses("primary")}>
          All runs
        </Link>
        <Link href="/runs/new" className={buttonClasses("secondary")}>
          New simulation
        </Link>
      </div>
    </div>
  );
}
