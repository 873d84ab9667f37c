import type { EngineRule, RuleExamples } from '../engine/rule-types';
import { wholeDraft } from '../engine/doc-helpers';
import { judgeSentences } from '../learned/judgement';
import lists from './phrases/invitation.json' with { type: 'json' };

const rule: EngineRule = {
  id: 'missing-invitation',
  category: 'co-production',
  severity: 'warning',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'You need something from the customer or offer a choice, but never ask them to reply. Invite them: say what to send and how (“Just reply with…”).',
    de: 'Sie brauchen etwas von der Kundin oder bieten eine Wahl an, laden aber nicht zur Antwort ein. Sagen Sie, was sie schicken soll und wie („Antworten Sie einfach mit …“).',
  },
  rationale: {
    en: 'Service is co-produced with the customer (guideline “service made together with the customer”): they can only do their part when they are invited and know how.',
    de: 'Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“): Sie kann ihren Teil nur beitragen, wenn sie eingeladen wird und weiß, wie.',
  },
  lists: lists,
  check(ctx) {
    if (ctx.find('need').length === 0) return [];
    if (ctx.text.includes('?') || ctx.find('invite').length > 0) return [];
    // An invitation in other words than the lists know.
    if (judgeSentences(ctx.doc, ctx.lang).some((s) => s.has('invites'))) return [];
    return [wholeDraft(ctx.text)];
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'We need a photo of the damaged box. Just reply to this email with it attached.' },
      {
        draft:
          'You can either keep the item with a 20% refund or return it. Which would you prefer?',
      },
      { draft: 'Your refund was sent today.' },
      { draft: 'Check the pressure setting and let me know what it shows.' },
      {
        draft: 'Your replacement arrives Thursday. Please check the tracking link for the time.',
      },
      { draft: 'We could come on Tuesday at 10 am if that suits – does it?' },
    ],
    invalid: [
      { draft: 'We need a photo of the damaged box before we can continue.' },
      { draft: 'You can either keep the item with a 20% refund or return it for free.' },
      { draft: 'We may need a photo at some point.' },
      { draft: 'We could pop round next week if that suits.' },
      { draft: 'Check the pressure setting and the fault log. We will take it from there.' },
      { draft: 'Please check whether the light on the box is green.' },
      { draft: 'Clear the cache, then check the sign-in state under Settings.' },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Wir benötigen ein Foto des Schadens. Antworten Sie einfach mit dem Foto auf diese E-Mail.',
      },
      {
        draft:
          'Sie können entweder einen Gutschein oder eine Erstattung bekommen. Was ist Ihnen lieber?',
      },
      { draft: 'Ihre Erstattung ist heute rausgegangen.' },
      {
        draft:
          'Ihr Gerät kommt am Donnerstag. Prüfen Sie bitte die Sendungsverfolgung für die Uhrzeit.',
      },
      {
        draft:
          'Ich brauche von dir nur zwei Dinge: Namen und ersten Arbeitstag. Schick mir die einfach per Mail.',
      },
      {
        draft:
          'Prüfen Sie bitte den Motorschutzschalter und schreiben Sie mir, ob er ausgelöst hat.',
      },
    ],
    invalid: [
      { draft: 'Für die Reklamation benötigen wir ein Foto des Schadens.' },
      { draft: 'Sie können entweder einen Gutschein oder eine Erstattung bekommen.' },
      { draft: 'Wir könnten nächste Woche vorbeikommen, wenn das bei Ihnen passt.' },
      { draft: 'Wir könnten am Dienstag kommen, falls Ihnen das passt.' },
      { draft: 'Prüfen Sie bitte den Motorschutzschalter. Danach sehen wir weiter.' },
      { draft: 'Bitte prüfen Sie im Router-Menü, ob die Telefonie aktiv ist.' },
      { draft: 'Prüfe bitte, ob das Lämpchen grün leuchtet.' },
    ],
  },
};
