import Link from "next/link";
import type { TranscriptPage } from "./transcript-pages";

/** Links between transcript pages; plain links, so each page has its own URL to share. */
export function TranscriptPager({ runId, page }: { runId: string; page: TranscriptPage }) {
  if (page.pageCount <= 1) return null;
  const href = (target: number) => `/runs/${runId}?tpage=${target}#transcript`;
  const pages = pageWindow(page.page, page.pageCount);
  const item = "flex h-7 min-w-7 items-center justify-center rounded border px-2 text-xs";
  return (
    <nav aria-label="Transcript pages" className="flex flex-wrap items-center gap-1">
      {pages.map((target, index) =>
        target === null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
          <span key={`gap-${index}`} className="px-1 text-faint">
            …
          </span>
        ) : (
          <Link
            key={target}
            href={href(target)}
            aria-current={target === page.page ? "page" : undefined}
            className={`${item} ${
              target === page.page
                ? "border-accent bg-accent text-white"
                : "border-line-strong bg-panel text-ink hover:bg-stone-100"
            }`}
          >
            {target}
          </Link>
        ),
      )}
    </nav>
  );
}

function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1]);
  const pages: (number | null)[] = [];
  for (let target = 1; target <= count; target++) {
    if (wanted.has(target)) pages.push(target);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
