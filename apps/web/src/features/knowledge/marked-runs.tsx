import { Fragment } from 'react';

/**
 * Search highlights arrive as runs alternating plain text and matches (plain, match, plain, …); matches become <mark>
 * elements, everything stays text (never HTML).
 */
export function MarkedRuns({ runs }: { runs: readonly string[] }) {
  return <>{runs.map((run, index) => (index % 2 === 1 ? <mark key={index}>{run}</mark> : <Fragment key={index}>{run}</Fragment>))}</>;
}
