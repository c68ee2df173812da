import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * Markdown from scripts, rendered without raw HTML. Links and images are shown as text: a script must
 * never make the app fetch something or leave the app (the app makes no network request at all).
 */
const components: Components = {
  a: ({ children, href }) => (
    <span className="md-link" title={href}>
      {children}
    </span>
  ),
  img: ({ alt }) => <span className="md-img">[{alt}]</span>,
  h1: ({ children }) => <p className="md-heading">{children}</p>,
  h2: ({ children }) => <p className="md-heading">{children}</p>,
  h3: ({ children }) => <p className="md-heading">{children}</p>,
};

export function Markdown({ text }: { text: string }) {
  return (
    <div className="md">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
