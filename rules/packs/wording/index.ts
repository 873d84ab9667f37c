// Pack problems in words, in the language of the place that shows them: the options page and
// the import preview in the UI's language, the CLI in English. Only display code calls this;
// everything else passes problems on as codes with data (problems.ts).
import type { Lang } from '../../engine/types';
import type { PackProblem } from '../problems';
import { DE } from './de';
import { EN } from './en';
import type { Wording } from './types';

export const WORDINGS: Readonly<Record<Lang, Wording>> = { en: EN, de: DE };

export function problemMessage(problem: PackProblem, lang: Lang): string {
  const wording = WORDINGS[lang];
  // The table is mapped over the codes, so this entry takes exactly this problem's data; TS
  // cannot follow that through the union, hence the cast.
  const word = wording.problems[problem.code] as
    ((data: PackProblem['data']) => string) | undefined;
  // A problem read back from storage may come from another Klartext version with other codes.
  if (typeof word !== 'function') return problem.code;
  let message = word(problem.data);
  const { data } = problem;
  if ('ofKey' in data && data.ofKey) message = wording.aboutKey(message);
  if ('when' in data && data.when) message = wording.when(message, data.when);
  return message;
}
