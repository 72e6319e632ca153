import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";

export default function ScenarioNotFound() {
  return (
    <div
      data-testid="not-found"
      className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center"
    >
      <p className="font-mono text-sm text-faint">404</p>
      <h1 className="text-xl font-semibold">Scenario not found</h1>
      <p className="text-muted">It may have been deleted. Runs made from it are still in the runs list.</p>
      <Link href="/scenarios" className={buttonClasses("primary")}>
        All scenarios
      </Link>
    </div>
  );
}
