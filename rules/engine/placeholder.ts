// Placeholders in suggestions: a part in square brackets ("by [day], [time]", "[Ihr Name]") is
// for the agent to complete. The editor side selects the first one after inserting a fix, and
// "Fix all safe ones" leaves fixes with placeholders to the agent.
import type { TextSpan } from './types';

/** Short, on one line, no nested brackets: "[day]", "[Uhrzeit]", "[what went wrong]". */
const PLACEHOLDER = /\[[^[\]\n]{1,40}\]/;

/** Where the first placeholder is in `suggestion`, if it has one. */
export function firstPlaceholder(suggestion: string): TextSpan | undefined {
  const found = PLACEHOLDER.exec(suggestion);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

/** A fix the agent can apply without completing anything. */
export function needsNoCompleting(suggestion: string): boolean {
  return !PLACEHOLDER.test(suggestion);
}
