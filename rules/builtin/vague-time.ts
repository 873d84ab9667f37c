import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/vague-time.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'vague-time',
    category: 'next-steps',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'A vague time leaves the customer guessing and chasing. Name a day or time you can keep, e.g. “by Friday, 12:00”.',
      de: 'Eine vage Zeitangabe lässt die Kundin raten und nachfragen. Nennen Sie einen Termin, den Sie halten können, z. B. „bis Freitag, 12 Uhr“.',
    },
    rationale: {
      en: 'Commitments are only useful when they can be checked: a concrete time makes the expectation measurable for both sides.',
      de: 'Zusagen helfen nur, wenn man sie überprüfen kann: ein konkreter Termin macht die Erwartung für beide Seiten messbar.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'I will call you tomorrow at 10 am.' },
      { draft: 'As soon as the parcel arrives, we will refund you, usually within 2 days.' },
      { draft: 'Please reply as soon as possible so we can keep your slot.' },
    ],
    invalid: [
      { draft: 'We will get back to you soon.' },
      { draft: 'Your refund will be processed in due course.' },
      { draft: 'A technician will contact you as soon as possible.' },
      { draft: "We'll try to fit you in as soon as we can." },
      { draft: "We'll be in touch when we have an update." },
      { draft: "I've sent the request, and hopefully it'll go through today." },
    ],
  },
  de: {
    valid: [
      { draft: 'Ich rufe Sie morgen um 10 Uhr an.' },
      {
        draft: 'Sobald das Paket bei uns ist, erstatten wir den Betrag innerhalb von 2 Tagen.',
      },
      { draft: 'Vielen Dank und bis bald!' },
      { draft: 'Wir melden die Anlage an, sobald der Montagetermin feststeht.' },
    ],
    invalid: [
      { draft: 'Wir melden uns zeitnah bei Ihnen.' },
      { draft: 'Der Techniker kommt demnächst vorbei.' },
      { draft: 'Wir bearbeiten Ihre Anfrage baldmöglichst.' },
      { draft: 'Wir melden uns, sobald wir mehr wissen.' },
      { draft: 'Sie werden informiert, sobald es Neuigkeiten gibt.' },
      { draft: 'Ich habe die Anfrage weitergegeben, eventuell klappt es heute noch.' },
      { draft: 'Wir könnten nächste Woche mal vorbeikommen.' },
      { draft: 'Erfahrungsgemäß dauert das unterschiedlich lange.' },
    ],
  },
};
