/** Chart fills point at the theme's CSS variables (app/globals.css), so one palette serves the whole app. */
export const chartColors = {
  system: "var(--color-system)",
  agent: "var(--color-agent)",
  human: "var(--color-human)",
  agentHeadroom: "var(--color-agent-headroom)",
  humanHeadroom: "var(--color-human-headroom)",
  budget: "var(--color-budget)",
} as const;
