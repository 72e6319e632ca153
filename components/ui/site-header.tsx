import Link from "next/link";
import { NavLinks } from "./nav-links";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-panel">
      <div className="mx-auto flex h-12 w-full max-w-[1400px] items-center gap-8 px-5">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-ink">
          <span aria-hidden="true" className="flex gap-0.5">
            <span className="h-3.5 w-1.5 rounded-sm bg-human" />
            <span className="h-3.5 w-1.5 rounded-sm bg-agent" />
          </span>
          Parley
        </Link>
        <NavLinks />
      </div>
    </header>
  );
}
