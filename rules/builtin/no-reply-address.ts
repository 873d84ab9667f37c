import type { RuleExamples } from '../engine/rule-types';
import { toEngineRule } from '../packs/pack-rules';
import type { PhrasesPackRule, RuleDefinition } from '../packs/types';

/** The rule as a pack writes it (rules/packs/types.ts); its examples stand below. */
export const definition: RuleDefinition<PhrasesPackRule> = {
  id: 'no-reply-address',
  kind: 'phrases',
  category: 'next-steps',
  severity: 'warning',
  messages: {
    en: 'Telling the customer not to reply closes the conversation. Say how they can reach you instead.',
    de: '„Nicht antworten“ beendet das Gespräch. Sagen Sie stattdessen, wie die Kundin Sie erreicht.',
  },
  rationale: {
    en: 'Service is co-produced with the customer (guideline “service made together with the customer”); a dead-end address blocks the next step.',
    de: 'Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“); eine Adresse ohne Rückweg blockiert den nächsten Schritt.',
  },
  patterns: {
    en: [
      "(do not|don't|please do not|please don't) (reply|respond) (to)? (this|the)? (email|e-mail|message|mail|address)?",
      'this (mailbox|address|inbox|email address|e-mail address) is not monitored',
      '(unmonitored|unattended) (mailbox|address|inbox)',
      'no-reply',
      'noreply',
      'replies to this (email|message|address|mailbox) (are|will) not (be)? (read|answered|monitored|seen)',
      "(automatically generated|automated) (email|message) ...3 (cannot|can't|will not|won't) (be)? (answered|read)",
    ],
    de: [
      '(antworten|reagieren) sie (bitte)? nicht (auf|direkt auf)? (diese|die)? (e-mail|email|mail|nachricht)?',
      '(bitte)? nicht auf (diese|die) (e-mail|email|mail|nachricht) antworten',
      'bitte nicht antworten',
      '(diese|die) (e-mail-adresse|adresse|mailadresse|mailbox|e-mail|email) wird nicht (gelesen|überwacht|bearbeitet|abgerufen)',
      '(antworten|antwort) auf diese (e-mail|email|nachricht|adresse) (werden|wird) nicht (gelesen|bearbeitet)',
      'no-reply',
      'noreply',
      'automatisch (erstellt*|generiert*|erzeugt*) ...3 (nicht|keine) (beantwortet|antwort|antworten)',
    ],
  },
};

export default toEngineRule(definition).rule;

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
