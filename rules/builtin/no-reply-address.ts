import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/no-reply-address.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'no-reply-address',
    category: 'next-steps',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'Telling the customer not to reply closes the conversation. Say how they can reach you instead.',
      de: '„Nicht antworten“ beendet das Gespräch. Sagen Sie stattdessen, wie die Kundin Sie erreicht.',
    },
    rationale: {
      en: 'Service is co-produced with the customer (guideline “service made together with the customer”); a dead-end address blocks the next step.',
      de: 'Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“); eine Adresse ohne Rückweg blockiert den nächsten Schritt.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Just reply to this email if anything is unclear.' },
      { draft: 'Do not unplug the router during the update.' },
    ],
    invalid: [
      { draft: 'Please do not reply to this email.' },
      { draft: 'This mailbox is not monitored.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Antworten Sie einfach auf diese E-Mail, wenn etwas unklar ist.' },
      { draft: 'Bitte ziehen Sie nicht den Stecker während des Updates.' },
    ],
    invalid: [
      { draft: 'Bitte antworten Sie nicht auf diese E-Mail.' },
      { draft: 'Diese Adresse wird nicht überwacht.' },
    ],
  },
};
