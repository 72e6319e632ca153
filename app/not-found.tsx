import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";

export default function NotFound() {
  return (
    <div
      data-testid="not-found"
      className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center"
    >
      <p className="font-mono text-sm text-faint">404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-muted">There is nothing at this address.</p>
      <Link href="/" className={buttonClasses("primary")}>
        All runs
      </Link>
    </div>
  );
}
