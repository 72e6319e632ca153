const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatNumber(value: number | null | undefined): string {
  return value == null ? "—" : integer.format(value);
}

/** "1 token", "2,934 tokens". */
export function formatTokens(count: number): string {
  return `${integer.format(count)} ${count === 1 ? "token" : "tokens"}`;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return "—";
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  // Round once, to the precision shown, so 59.96 s reads "1 min 0 s" rather than "60.0 s".
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Fixed format (no locale), so server and browser render the same text. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value == null) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}
