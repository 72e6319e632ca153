import { formatDuration, formatTokens } from "@/components/ui/format";
import type { SimMessage } from "@/lib/sim/types";
import { MessageMarkdown } from "./message-markdown";

/** The conversation, one card per message, in turn order. The page passes the slice it shows. */
export function Transcript({ messages }: { messages: SimMessage[] }) {
  if (messages.length === 0) {
    return <p className="py-6 text-center text-sm text-muted">No messages yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-3">
      {messages.map((message) => (
        <TranscriptMessage key={`${message.turn}-${message.role}`} message={message} />
      ))}
    </ol>
  );
}

function TranscriptMessage({ message }: { message: SimMessage }) {
  const agent = message.role === "agent";
  return (
    <li
      data-testid="transcript-message"
      data-role={message.role}
      data-turn={message.turn}
      className={`rounded-md border border-line border-l-4 bg-panel ${agent ? "border-l-agent" : "border-l-human"}`}
    >
      <header
        className={`flex flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-line px-3 py-1.5 text-xs ${
          agent ? "bg-agent-soft/50" : "bg-human-soft/50"
        }`}
      >
        <span className={`font-semibold ${agent ? "text-agent" : "text-human"}`}>
          {agent ? "Agent" : "Human"}
        </span>
        <span className="text-muted">Turn {message.turn}</span>
        <span className="text-muted tabular-nums">{formatTokens(message.tokens)}</span>
        <span className="ml-auto flex gap-3 text-faint">
          <span className="font-mono">{message.model}</span>
          {message.latencyMs != null && (
            <span className="tabular-nums">{formatDuration(message.latencyMs)}</span>
          )}
          {message.finishReason && message.finishReason !== "stop" && (
            <span>finish: {message.finishReason}</span>
          )}
        </span>
      </header>
      <div className="px-4 py-3 text-[13.5px] leading-relaxed">
        <MessageMarkdown content={message.content} />
      </div>
    </li>
  );
}
