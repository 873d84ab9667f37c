// A reply of a few words to a customer who wrote at length or under pressure ("Noted.",
// "Wird bearbeitet."): whatever the words, the brevity itself says the message was not read.
import type { EngineRule, RuleExamples } from '../engine/rule-types';
import { wholeDraft } from '../engine/doc-helpers';
import { judgeCustomer } from '../learned/judgement';
import lists from './phrases/emotion.json' with { type: 'json' };

/** A reply up to this many words is curt... */
const CURT_WORDS = 6;
/** ...to a message of at least this many words, or to one that shows emotion. */
const LONG_MESSAGE_WORDS = 60;
/** A draft that ends like a finished reply: a full stop, exclamation or question mark. */
const FINISHED = /[.!?…]\s*$/;

const rule: EngineRule = {
  id: 'curt-reply',
  category: 'empathy',
  severity: 'warning',
  languages: ['de', 'en'],
  messages: {
    en: 'The customer wrote at length or under pressure, and the reply is a few words. Answer what they raised and say what happens next.',
    de: 'Die Kundin hat ausführlich oder unter Druck geschrieben, und die Antwort besteht aus wenigen Wörtern. Gehen Sie auf ihr Anliegen ein und sagen Sie, wie es weitergeht.',
  },
  rationale: {
    en: 'Handling the customer’s emotions professionally is part of interaction work: a one-line answer to a long or worried message tells them nobody read it.',
    de: 'Der professionelle Umgang mit den Gefühlen der Kundschaft gehört zur Interaktionsarbeit: Eine Zeile auf eine lange oder besorgte Nachricht sagt ihr, dass niemand sie gelesen hat.',
  },
  lists: { signals: lists.signals },
  check(ctx) {
    const customer = ctx.customer;
    if (!customer) return [];
    const words = ctx.doc.tokens.length;
    if (words === 0 || words > CURT_WORDS) return [];
    // Only a reply that looks finished ("Noted.", "Ok, will check.") is curt; "Hi Maria," is a
    // reply still being typed.
    if (!FINISHED.test(ctx.text)) return [];
    const long = customer.doc.tokens.length >= LONG_MESSAGE_WORDS;
    const tense =
      customer.find('signals').length > 0 ||
      customer.text.includes('!!') ||
      judgeCustomer(customer.text, customer.lang).has('emotional');
    return long || tense ? [wholeDraft(ctx.text)] : [];
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { customer: 'Can I pay by invoice?', draft: 'Yes, invoice works.' },
      {
        // Still being typed: the start of a reply to a long, angry message.
        customer: 'This is the third time I am writing. Still no refund! I am really angry.',
        draft: 'Hi Maria, thanks for',
      },
      {
        customer: 'This is the third time I am writing. Still no refund!',
        draft:
          'Hi Sam, I am sorry you had to chase us three times. I have refunded the £40 today, you will see it by Friday.',
      },
    ],
    invalid: [
      { customer: 'This is the third time I am writing. Still no refund!', draft: 'Noted.' },
      {
        customer: 'URGENT!! Our whole office has been offline since 8 am and we are losing orders.',
        draft: 'Ok, will check.',
      },
    ],
  },
  de: {
    valid: [
      { customer: 'Kann ich auch per Rechnung zahlen?', draft: 'Ja, das geht.' },
      {
        customer: 'Ich schreibe jetzt zum dritten Mal. Immer noch keine Erstattung!',
        draft: 'Hallo Frau Berg,',
      },
      {
        customer: 'Ich schreibe jetzt zum dritten Mal. Immer noch keine Erstattung!',
        draft:
          'Hallo Frau Berg, es tut mir leid, dass Sie dreimal nachfragen mussten. Ich habe die 40 Euro heute überwiesen.',
      },
    ],
    invalid: [
      {
        customer: 'Ich schreibe jetzt zum dritten Mal. Immer noch keine Erstattung!',
        draft: 'Wird bearbeitet.',
      },
      {
        customer:
          'DRINGEND!! Seit heute früh ist unser ganzes Büro offline und wir verlieren Aufträge.',
        draft: 'Ok, schauen wir uns an.',
      },
    ],
  },
};
