import Markdown from "react-markdown";

/** Model output as markdown. Raw HTML in it is dropped, never rendered; links open outside the app. */
export function MessageMarkdown({ content }: { content: string }) {
  return (
    <div className="prose-message">
      <Markdown
        skipHtml
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
          img: ({ alt }) => <span className="text-muted">[image: {alt || "no description"}]</span>,
        }}
      >
        {content}
      </Markdown>
    </div>
  );
}
