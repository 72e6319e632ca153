"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/", label: "Runs", isActive: (path: string) => path === "/" || /^\/runs\/(?!new)/.test(path) },
  { href: "/scenarios", label: "Scenarios", isActive: (path: string) => path.startsWith("/scenarios") },
  { href: "/runs/new", label: "New simulation", isActive: (path: string) => path === "/runs/new" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex h-full items-stretch gap-1 text-[13px]">
      {links.map((link) => {
        const active = link.isActive(pathname);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`flex items-center border-b-2 px-3 ${
              active ? "border-accent font-medium text-ink" : "border-transparent text-muted hover:text-ink"
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
