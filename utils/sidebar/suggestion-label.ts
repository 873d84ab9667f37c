// How a suggestion's button reads: "Replace with “…”" for most, but a fix that only adds words
// ("I understand how frustrating this is …") says "Add “…”", and one that only takes words out
// ("As already stated, y" → "Y") says "Leave out “As already stated”".
import { firstPlaceholder } from '@/rules/engine/placeholder';

export type SuggestionKind = 'replace' | 'insert' | 'remove';

export interface SuggestionLabel {
  kind: SuggestionKind;
  /** The words the button quotes: the replacement, the added words or the ones left out. */
  text: string;
  /** The agent completes a placeholder after inserting it. */
  placeholder: boolean;
}

/** Spaces and the punctuation that goes along with words left out or added. */
const EDGE = /^[\s,;:]+|[\s,;:]+$/g;

export function suggestionLabel(fixText: string, suggestion: string): SuggestionLabel {
  const placeholder = firstPlaceholder(suggestion) !== undefined;
  const before = fixText.toLowerCase();
  const after = suggestion.toLowerCase();
  if (after.length > before.length && after.endsWith(before)) {
    const added = suggestion.slice(0, suggestion.length - fixText.length).replace(EDGE, '');
    if (added) return { kind: 'insert', text: added, placeholder };
  }
  if (before.length > after.length && before.endsWith(after)) {
    const removed = fixText.slice(0, fixText.length - suggestion.length).replace(EDGE, '');
    if (removed) return { kind: 'remove', text: removed, placeholder };
  }
  return { kind: 'replace', text: suggestion.replace(/\s+/g, ' ').trim(), placeholder };
}
