// Irony does not survive in writing: a stressed customer reads a mocking tag question or an
// eye-roll emoji as contempt, whatever the help that follows.
import type { EngineRule, Match, RuleContext, RuleExamples, RuleHit } from '../engine/rule-types';
import data from './phrases/sarcasm.json' with { type: 'json' };

const MARKERS = new Set(data.markers.map((m) => m.codePointAt(0)!));

const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/**
 * Eye-roll and similar emoji, found in one pass over the surrogate pairs of the text (a
 * native search for high surrogates; each one found also covers the unit after it).
 */
function markerHits(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  let next = 0;
  HIGH_SURROGATE.lastIndex = 0;
  for (let m = HIGH_SURROGATE.exec(text); m; m = HIGH_SURROGATE.exec(text)) {
    const i = m.index;
    if (i < next || i >= text.length - 1) continue;
    if (MARKERS.has(text.codePointAt(i)!)) hits.push({ start: i, end: i + 2 });
    next = i + 2;
  }
  return hits;
}

/**
 * A tag question ("Forgot your password again, did we?") closes its sentence, follows a comma
 * and ends in a question mark; "Can you send it?" or "What did we miss?" is no tag.
 */
function isTagQuestion(m: Match, ctx: RuleContext): boolean {
  const s = ctx.doc.sentences[m.sentence]!;
  if (m.firstToken === s.tokenStart || m.lastToken !== s.tokenEnd - 1) return false;
  if (!ctx.text.slice(m.end, s.end).includes('?')) return false;
  const before = ctx.doc.tokens[m.firstToken - 1]!;
  return ctx.text.slice(before.end, m.start).includes(',');
}

const rule: EngineRule = {
  id: 'sarcasm',
  category: 'tone',
  severity: 'warning',
  languages: ['de', 'en'],
  messages: {
    en: 'This reads as sarcastic or mocking. The customer will hear the tone, not the help – say it plainly.',
    de: 'Das klingt spöttisch. Die Kundin hört den Ton, nicht die Hilfe – sagen Sie es sachlich.',
  },
  rationale: {
    en: 'Handling emotions professionally includes your own (guideline “professional handling of emotions”); friendliness is the entry to every customer, and mockery closes it.',
    de: 'Zum professionellen Umgang mit Emotionen gehören auch die eigenen (Leitlinie „professioneller Umgang mit Emotionen“); Freundlichkeit öffnet den Zugang zur Kundschaft, Spott verschließt ihn.',
  },
  lists: { tag: data.tag, jibe: data.jibe },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const m of ctx.find('tag')) {
      if (isTagQuestion(m, ctx)) hits.push({ start: m.start, end: m.end });
    }
    for (const m of ctx.find('jibe')) hits.push({ start: m.start, end: m.end });
    hits.push(...markerHits(ctx.text));
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Could you send me the order number?' },
      { draft: 'What did we miss? I have checked the logs and found nothing.' },
      { draft: 'Thanks for the photo 😊 I have sent a replacement.' },
      { draft: 'Is it still flickering, or has the new bulb fixed it?' },
    ],
    invalid: [
      { draft: 'Forgot your password again, did we? I have reset it.' },
      { draft: "Well, that's not ideal, is it? Come to reception at 2 pm." },
      { draft: 'Changed your mind already? 🙄 It is done.' },
      { draft: 'Maybe write it down somewhere this time.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Na klar, das mache ich gern.' },
      { draft: 'Könnten Sie mir die Bestellnummer schicken?' },
      { draft: 'Danke für das Foto 😊 Ersatz ist unterwegs.' },
    ],
    invalid: [
      { draft: 'Na, mal wieder das Passwort vergessen? Ich habe es zurückgesetzt.' },
      { draft: 'Da hat sich aber jemand schnell umentschieden. 🙄 Ist geändert.' },
      { draft: 'Vielleicht schreibst du es dir diesmal irgendwo auf.' },
      { draft: 'Das haben Sie doch gelesen, nicht wahr?' },
    ],
  },
};
