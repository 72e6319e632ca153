export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3 h-8 text-[13px] font-medium whitespace-nowrap " +
  "transition-colors disabled:cursor-not-allowed disabled:opacity-50";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-white hover:bg-accent-strong",
  secondary: "border border-line-strong bg-panel text-ink hover:bg-stone-100",
  danger: "border border-bad/40 bg-panel text-bad hover:bg-bad-soft",
  ghost: "text-muted hover:bg-stone-100 hover:text-ink",
};

/** Shared by <button> and <Link> so actions look the same whatever element carries them. */
export function buttonClasses(variant: ButtonVariant = "secondary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}
