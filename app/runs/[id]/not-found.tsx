import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function RunNotFound() {
  return (
    <NotFoundPanel
      title="Run not found"
      actions={
        <>
          <Link href="/" className={buttonClasses("primary")}>
            All runs
          </Link>
          <Link href="/runs/new" className={buttonClasses("secondary")}>
            New simulation
          </Link>
        </>
      }
    >
      No run has this id. The link may be incomplete, or the run was deleted with its database.
    </NotFoundPanel>
  );
}
