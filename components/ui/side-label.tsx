import type { Side } from "@/lib/sim/types";

/** "Agent" / "Human" with its colour, the same everywhere a side is named. */
export function SideLabel({ side }: { side: Side }) {
  const agent = side === "agent";
  return (
    <span className={`inline-flex items-center gap-1.5 font-medium ${agent ? "text-agent" : "text-human"}`}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${agent ? "bg-agent" : "bg-human"}`} />
      {agent ? "Agent" : "Human"}
    </span>
  );
}
