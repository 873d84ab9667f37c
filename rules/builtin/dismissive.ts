import { phraseRule, phrases } from '../engine/phrase-rule';
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import data from './phrases/dismissive.json' with { type: 'json' };

/**
 * "No." on its own is a door shut; "No, but ...", "No problem" or "No. 5" goes on. (The
 * tokenizer keeps "No." and the next word in one sentence, as in "No. 5", so look at the text.)
 */
function isBareRefusal(match: Match, ctx: RuleContext): boolean {
  const { tokens } = ctx.doc;
  const tok = tokens[match.firstToken]!;
  const next = tokens[match.firstToken + 1];
  const gap = ctx.text.slice(tok.end, next ? next.start : ctx.text.length).trim();
  if (next === undefined) return gap === '' || gap === '.' || gap === '!';
  return (gap === '.' || gap === '!') && !/^\d/.test(next.text);
}

const ONE_WORD = new Set(['^ (no|nope|nah)', '^ (nein|nö|nee)']);

export default phraseRule(
  {
    id: 'dismissive',
    category: 'tone',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This brushes the customer off and will escalate the conflict. Say what you can do instead.',
      de: 'Das wimmelt die Kundin ab und verschärft den Konflikt. Sagen Sie lieber, was Sie tun können.',
    },
    rationale: {
      en: 'Resolving conflicts constructively is part of the job (guideline “social as well as technical challenges”); telling people to calm down or that it is not your problem does the opposite.',
      de: 'Konflikte konstruktiv auszuräumen gehört zur Arbeit (Leitlinie „soziale und technische Herausforderungen meistern“); „beruhigen Sie sich“ oder „nicht mein Problem“ bewirkt das Gegenteil.',
    },
  },
  phrases(data),
  {
    keep: (match, ctx) => !ONE_WORD.has(match.pattern) || isBareRefusal(match, ctx),
  },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Whatever you prefer works for us: pickup or delivery.' },
      { draft: 'I understand this is a problem for you, and I will sort it out today.' },
      { draft: 'The new plan takes effect on 1 May.' },
      {
        draft: "That's how we make sure nobody else can log in: the code expires after 10 minutes.",
      },
      { draft: 'No, you do not need to do anything; the update installs itself.' },
      { draft: 'No problem, I have changed it.' },
      { draft: 'No. 5 of your order list is on its way.' },
    ],
    invalid: [
      { draft: 'Please calm down, we are doing our best.' },
      { draft: "That's not my problem, the courier lost it." },
      { draft: 'It is what it is. Whatever.' },
      { draft: 'Please remain calm. An engineer is on the way.' },
      { draft: 'Please refrain from further chasers; you will be notified.' },
      { draft: "That's how broadband works, to be honest." },
      { draft: 'No. Prices change all the time.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Egal ob per Post oder online: beides funktioniert.' },
      { draft: 'Ich verstehe, dass Sie verärgert sind, und kümmere mich heute darum.' },
      { draft: 'Ihr Problem ist gelöst, das Gerät ist wieder online.' },
      { draft: 'Das ist einfach so passiert, wir haben es aber sofort behoben.' },
      { draft: 'Nein, Sie müssen nichts tun, das Update kommt automatisch.' },
    ],
    invalid: [
      { draft: 'Beruhigen Sie sich bitte erst einmal.' },
      { draft: 'Das ist nicht mein Problem, wenden Sie sich an den Paketdienst.' },
      { draft: 'Das ist nun mal so, damit müssen Sie leben.' },
      { draft: 'Bitte bewahren Sie Ruhe. Der Techniker ist auf dem Weg.' },
      { draft: 'Bitte sehen Sie von weiteren Nachfragen ab.' },
      { draft: 'Hallo Herr Seidel,\n\nnein. Preisänderungen sind völlig normal.' },
      {
        draft: 'Naja, abends surfen eben alle. Dann müssen Sie halt einen größeren Tarif buchen.',
      },
    ],
  },
};
