import { Fragment } from 'react';

export interface TextPart {
  text: string;
  highlight: boolean;
}

/** Search highlights arrive as parts; matches become <mark> elements, everything stays text (never HTML). */
export function TextParts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
