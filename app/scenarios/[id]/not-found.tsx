import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ScenarioNotFound() {
  return (
    <NotFoundPanel
      title="Scenario not found"
      actions={
        <Link href="/scenarios" className={buttonClasses("primary")}>
          All scenarios
        </Link>
      }
    >
      It may have been deleted. Runs made from it are still in the runs list.
    </NotFoundPanel>
  );
}
