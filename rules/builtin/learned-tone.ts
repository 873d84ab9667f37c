// The learned judgement for tone: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-tone',
  category: 'tone',
  messages: {
    en: 'This sentence may sound cold, curt or condescending. Say it the way you would to someone standing in front of you.',
    de: 'Dieser Satz kann kühl, knapp oder herablassend wirken. Sagen Sie es so, wie Sie es einem Menschen sagen würden, der vor Ihnen steht.',
  },
  rationale: {
    en: 'Friendliness and a personal relationship are the way in to every customer; a cold or superior tone closes it, however right the content is.',
    de: 'Freundlichkeit und eine persönliche Beziehung sind der Zugang zu jeder Kundin; ein kühler oder überlegener Ton verschließt ihn, so richtig der Inhalt auch ist.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('tone', {
  en: {
    valid: [
      { draft: 'Thank you for the photos, they show the crack clearly.' },
      { draft: 'I have booked the engineer for Tuesday morning.' },
    ],
    invalid: [
      {
        draft:
          'Well, if you had read the instructions properly, you would know that the button is on the left.',
      },
      { draft: "Frankly, I don't see what the fuss is about, it's a minor glitch." },
    ],
  },
  de: {
    valid: [
      { draft: 'Danke für die Fotos, darauf ist der Riss gut zu sehen.' },
      { draft: 'Ich habe den Techniker für Dienstagvormittag eingeplant.' },
    ],
    invalid: [
      { draft: 'Hätten Sie die Anleitung richtig gelesen, wüssten Sie, dass der Knopf links ist.' },
      { draft: 'Ehrlich gesagt verstehe ich die Aufregung nicht, das ist doch eine Kleinigkeit.' },
    ],
  },
});
