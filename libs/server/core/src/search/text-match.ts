/*
 * What every full-text search answers with, the same for each feature's search. Import-free, so
 * the benchmarks (test/bench) use the very options the server uses.
 */

/** Marks around the matched words in snippets (plain text: the client highlights them). */
export const HIGHLIGHT_START = '⟦';
export const HIGHLIGHT_END = '⟧';
/** `ts_headline`'s options for snippets. */
export const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** A record matching a search. */
export interface TextMatch {
  id: string;
  title: string;
  /** Matching passage, matched words between `HIGHLIGHT_START` and `HIGHLIGHT_END`. */
  snippet: string;
  rank: number;
}
