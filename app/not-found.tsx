import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel
      title="Page not found"
      actions={
        <Link href="/" className={buttonClasses("primary")}>
          All runs
        </Link>
      }
    >
      There is nothing at this address.
    </NotFoundPanel>
  );
}
