import type { ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import './knowledge.css';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADINGS: HeadingTag[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** react-markdown passes its syntax tree node along; it must not end up as a DOM attribute. */
function withoutNode<P extends { node?: unknown }>(props: P): Omit<P, 'node'> {
  const copy = { ...props };
  delete copy.node;
  return copy;
}

function heading(level: number) {
  const Tag: HeadingTag = HEADINGS[Math.min(level, HEADINGS.length) - 1] ?? 'h6';
  return function Heading(props: ComponentPropsWithoutRef<'h2'> & { node?: unknown }) {
    return <Tag {...withoutNode(props)} />;
  };
}

function buildComponents(offset: number): Components {
  return {
    // Links leave the portal in a new tab without handing it the opener or the referrer.
    a: (props) => <a {...withoutNode(props)} target="_blank" rel="noopener noreferrer" />,
    h1: heading(1 + offset),
    h2: heading(2 + offset),
    h3: heading(3 + offset),
    h4: heading(4 + offset),
    h5: heading(5 + offset),
    h6: heading(6 + offset),
  };
}

const BY_OFFSET = [buildComponents(0), buildComponents(1), buildComponents(2)];

/**
 * Article bodies as Markdown: raw HTML is skipped (no rehype-raw), and react-markdown's default
 * urlTransform drops javascript:, data: and other unsafe link targets. `headingOffset` keeps the
 * body's headings below the title that shows them (1: below an h1).
 */
export function MarkdownView({ source, headingOffset = 1 }: { source: string; headingOffset?: 0 | 1 | 2 }) {
  return (
    <div className="knowledge-markdown" data-testid="article-body">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={BY_OFFSET[headingOffset]}>
        {source}
      </Markdown>
    </div>
  );
}
