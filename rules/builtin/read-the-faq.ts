import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import data from './phrases/read-the-faq.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import { rewriteClause, saysDu } from '../engine/rewrite';

/** Instead of sending the customer off to read: an offer to go through the steps together. */
const OFFER = {
  en: 'I am happy to walk you through the steps',
  de: 'gern erkläre ich Ihnen die einzelnen Schritte',
  du: 'gern erkläre ich dir die einzelnen Schritte',
};

function offerSteps(match: Match, ctx: RuleContext): PhraseFix {
  const offer = ctx.lang === 'en' ? OFFER.en : saysDu(ctx, match) ? OFFER.du : OFFER.de;
  const { fix, suggestion } = rewriteClause(ctx, match, offer);
  return { suggestions: [suggestion], fix };
}

/** Words that name a place inside a document when a number follows: "section 2", "Seite 112". */
const PLACE = new Set([
  'section',
  'step',
  'chapter',
  'page',
  'item',
  'abschnitt',
  'schritt',
  'kapitel',
  'seite',
  'punkt',
]);
/** The document itself is handed over, so the customer does not have to search. */
/** Normalised (umlauts folded) like token.norm. */
const ENCLOSED = new Set(['attached', 'enclosed', 'anhang', 'beigefuegt', 'angehaengt', 'anbei']);

/**
 * A pointer to a precise place (section 2, Seite 112, an anchor #reset) or an attached document
 * is help; a bare pointer to a site, even with its address, sends the customer off to search.
 */
function pointsToSomethingSpecific(match: Match, ctx: RuleContext): boolean {
  const { tokens, sentences } = ctx.doc;
  const next = sentences[match.sentence + 1];
  const stop = next ? next.tokenEnd : sentences[match.sentence]!.tokenEnd;
  for (let i = match.firstToken; i < stop; i++) {
    const tok = tokens[i]!;
    if (ENCLOSED.has(tok.norm)) return true;
    if (PLACE.has(tok.norm) && /^\d/.test(tokens[i + 1]?.text ?? '')) return true;
  }
  const end = next ? next.end : sentences[match.sentence]!.end;
  return ctx.text.slice(match.start, end).includes('#');
}

export default phraseRule(
  {
    id: 'read-the-faq',
    category: 'co-production',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'Pointing to the FAQ or manual sends the customer off to search alone. Answer the question, or link the exact article or step.',
      de: 'Der Verweis auf FAQ oder Anleitung schickt die Kundin allein auf die Suche. Beantworten Sie die Frage oder verlinken Sie die genaue Stelle.',
    },
    rationale: {
      en: 'Good service is produced together with the customer (guideline “service made together with the customer”); a bare pointer to documentation hands the work back.',
      de: 'Gute Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“); ein bloßer Verweis auf Dokumentation gibt die Arbeit zurück.',
    },
  },
  phrases(data),
  {
    keep: (match, ctx) => !pointsToSomethingSpecific(match, ctx),
    fix: offerSteps,
  },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft: 'You can find the steps in our FAQ: https://example.com/faq#reset (section 2).',
      },
      { draft: 'To reset it, hold the button for 10 seconds until the light blinks.' },
      { draft: "Yes, text PAC to 65075 – it's all on our website too." },
      { draft: 'E-47 is a film break; see the manual, page 112.' },
    ],
    invalid: [
      { draft: 'Please read the FAQ.', fixed: 'I am happy to walk you through the steps.' },
      {
        draft: 'Everything is explained in our documentation.',
        fixed: 'I am happy to walk you through the steps.',
      },
      { draft: 'Please see our returns policy.' },
      { draft: "It's all on the intranet under IT equipment. Have a look there." },
      {
        draft: "There's a guide for that in our FAQ. Everything is explained step by step there.",
      },
      { draft: 'Please see our troubleshooting guide at help.example.com/tv for the steps.' },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Die Schritte finden Sie in unserer Hilfe unter https://example.de/hilfe/router, Abschnitt 3.',
      },
      { draft: 'Halten Sie die Taste 10 Sekunden gedrückt, bis die Lampe blinkt.' },
      { draft: 'Sie haben 30 Tage Zeit. Das steht auch in den AGB.' },
      { draft: 'Das ist ein Folienriss, siehe Handbuch Seite 112.' },
    ],
    invalid: [
      {
        draft: 'Lesen Sie bitte die FAQ.',
        fixed: 'Gern erkläre ich Ihnen die einzelnen Schritte.',
      },
      { draft: 'Schauen Sie doch in unsere Hilfe.' },
      { draft: 'Das steht alles in der Bedienungsanleitung.' },
      {
        draft: 'Das steht alles im Intranet unter „IT-Ausstattung“. Schau da einfach mal rein.',
      },
      {
        draft: 'Hinweise zur Fehlerbehebung finden Sie in unseren FAQ unter www.beispiel.de/hilfe.',
      },
      { draft: 'Haben Sie schon mal in die Anleitung geschaut?' },
    ],
  },
};
