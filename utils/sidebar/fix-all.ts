// "Fix all safe ones": every finding's first fix that needs nothing completed (no placeholder,
// rules/engine/placeholder.ts), applied to the draft together and handed to the editor as one
// replacement, so one Ctrl+Z takes all of it back. Pure: the caller gives the check.
import { needsNoCompleting } from '@/rules/engine/placeholder';
import type { Finding } from '@/rules/engine/types';

/** Replace draft.slice(start, end) with text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A finding's first fix, when it is one the agent need not complete. */
export function safeFix(finding: Finding): Edit | undefined {
  const text = finding.suggestions?.[0];
  if (text === undefined || !needsNoCompleting(text)) return undefined;
  const { start, end } = finding.fix ?? finding;
  return { start, end, text };
}

/** Whether any finding offers a fix "Fix all safe ones" would apply. */
export function hasSafeFix(findings: readonly Finding[]): boolean {
  return findings.some((finding) => safeFix(finding) !== undefined);
}

/**
 * Applies the safe fixes that do not overlap (in order; an insertion before a replacement at the
 * same place is no overlap). `skipped` names the rules of fixes left out for another's.
 */
export function applySafeFixes(
  draft: string,
  findings: readonly Finding[],
): { draft: string; applied: number; skipped: Set<string> } {
  const edits = findings
    .map((finding) => ({ edit: safeFix(finding), ruleId: finding.ruleId }))
    .filter((each): each is { edit: Edit; ruleId: string } => each.edit !== undefined)
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
  let out = '';
  let at = 0;
  let applied = 0;
  const skipped = new Set<string>();
  let last: Edit | undefined;
  for (const { edit, ruleId } of edits) {
    // The same fix twice (two findings in one clause rewrite it alike) counts once.
    if (last && edit.start === last.start && edit.end === last.end && edit.text === last.text) {
      continue;
    }
    if (edit.start < at) {
      skipped.add(ruleId);
      continue;
    }
    out += draft.slice(at, edit.start) + edit.text;
    at = edit.end;
    applied++;
    last = edit;
  }
  return { draft: out + draft.slice(at), applied, skipped };
}

/** The smallest edit that turns `before` into `after` (common start and end left alone). */
export function diffEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/** At most this many checks after the first: fixes that overlapped get their turn. */
const MAX_ROUNDS = 3;

/**
 * Every safe fix of `findings` on `draft`, as one edit. Fixes left out because they overlapped
 * another are found again by `recheck` on the fixed text and applied in a further round (only
 * those rules', so a fix is never applied twice).
 */
export function fixAllSafe(
  draft: string,
  findings: readonly Finding[],
  recheck: (draft: string) => readonly Finding[] | undefined,
): Edit | undefined {
  let text = draft;
  let current: readonly Finding[] | undefined = findings;
  for (let round = 0; round <= MAX_ROUNDS && current; round++) {
    const step = applySafeFixes(text, current);
    text = step.draft;
    if (step.skipped.size === 0 || step.applied === 0) break;
    current = recheck(text)?.filter((finding) => step.skipped.has(finding.ruleId));
  }
  return diffEdit(draft, text);
}
