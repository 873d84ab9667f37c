// Building blocks for fixes that reach past the flagged words: leave a phrase out with its
// comma, or rewrite the clause a phrase stands in. Pure text work on the analysed draft.
import type { Match, RuleContext } from './rule-types';
import type { TextSpan } from './types';

/** A replacement and what it replaces (see Finding.fix). */
export interface Rewrite {
  fix: TextSpan;
  suggestion: string;
}

/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–—]/;

export function capitalizeLike(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return upperFirst(replacement);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Ich kümmere mich" inside a sentence reads "ich kümmere mich"; English keeps its "I". */
function lowerFirst(text: string, lang: RuleContext['lang']): string {
  if (lang === 'en' && /^I\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The clause `match` stands in: from the sentence's start or the last clause break before the
 * match, to the next clause break or the sentence's closing punctuation (both left in place).
 */
export function clauseAround(ctx: RuleContext, match: Match): TextSpan {
  const sentence = ctx.doc.sentences[match.sentence]!;
  let start = sentence.start;
  for (let i = match.start - 1; i >= sentence.start; i--) {
    if (CLAUSE_BREAK.test(ctx.text.charAt(i))) {
      start = i + 1;
      break;
    }
  }
  while (start < match.start && /\s/.test(ctx.text.charAt(start))) start++;
  let end = sentence.end;
  for (let i = match.end; i < sentence.end; i++) {
    if (CLAUSE_BREAK.test(ctx.text.charAt(i))) {
      end = i;
      break;
    }
  }
  // The closing punctuation stays: "…department." keeps its full stop.
  while (end > match.end && /[\s.!?…]/.test(ctx.text.charAt(end - 1))) end--;
  return { start, end };
}

/** Words that join a clause to the one before; a rewrite keeps them ("…, so I will …"). */
const JOINERS = new Set(['so', 'and', 'but', 'und', 'aber', 'oder']);

/**
 * Replaces the clause around `match` with `sentence` (written as a sentence start): capital at
 * the start of a sentence, small inside one, after the clause's joining word if it has one.
 */
export function rewriteClause(ctx: RuleContext, match: Match, sentence: string): Rewrite {
  const fix = clauseAround(ctx, match);
  const atSentenceStart = fix.start === ctx.doc.sentences[match.sentence]!.start;
  const first = ctx.doc.tokens.find((token) => token.start === fix.start);
  if (!atSentenceStart && first && first.start < match.start && JOINERS.has(first.norm)) {
    fix.start = first.end + 1;
  }
  return {
    fix,
    suggestion: atSentenceStart ? upperFirst(sentence) : lowerFirst(sentence, ctx.lang),
  };
}

/** The clause around `match` is the whole sentence (nothing else would be lost by rewriting it). */
export function isWholeSentence(ctx: RuleContext, match: Match): boolean {
  const { start, end } = clauseAround(ctx, match);
  const sentence = ctx.doc.sentences[match.sentence]!;
  return start === sentence.start && /^[\s.!?…]*$/.test(ctx.text.slice(end, sentence.end));
}

/** German drafts to a colleague say "du"; the rewrite must not switch to "Sie". */
export function saysDu(ctx: RuleContext, match: Match): boolean {
  const sentence = ctx.doc.sentences[match.sentence]!;
  return ctx.doc.tokens
    .slice(sentence.tokenStart, sentence.tokenEnd)
    .some((token) =>
      /^(du|dich|dir|dein|deine|deinen|deinem|deiner|hast|bist|musst|kannst)$/.test(token.norm),
    );
}

/**
 * Widens `span` to a word right before it ("please read the FAQ", "bitte lesen Sie …"), when
 * that word's norm is in `words` and nothing but spaces stands between them.
 */
export function withWordBefore(ctx: RuleContext, match: Match, words: ReadonlySet<string>) {
  const before = ctx.doc.tokens[match.firstToken - 1];
  if (!before || before.sentence !== match.sentence || !words.has(before.norm)) return match.start;
  return /^\s+$/.test(ctx.text.slice(before.end, match.start)) ? before.start : match.start;
}
