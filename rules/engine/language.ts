// Language detection from function words: cheap, needs no model, and robust for the short,
// everyday texts Klartext sees. Ties and texts without any function word count as English.
import type { Lang } from './types';
import type { Token } from './tokenizer';

const GERMAN = new Set(
  (
    'und nicht sie ich wir der die das ist ein eine einen einem mit fuer auf bitte ihnen ihr ihre ' +
    'es zu den dem des von bei auch noch wenn dass haben hat wird werden sind kann koennen gerne ' +
    'gern vielen dank hallo guten tag leider uns mir mich schon nur aber oder ueber sehr wie was ' +
    'wann warum heute morgen ihren ihrem diese dieser dieses sich sein war wurde bis nach kein keine'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'the and you your to of is it we i for on this that with have has will be are can please ' +
    'thanks thank hi hello sorry not our us my me an at if as was were do does did would could ' +
    'should been there their they what when how why which from by or but just today tomorrow ' +
    "yours regards i'm i'll we'll it's don't can't you're"
  ).split(' '),
);

/** Only the first words matter; a long draft does not change its language half-way. */
const SAMPLE = 400;

/** Function word -> +1 German, +2 English (both when a word is in both lists): one lookup. */
const SIDE = new Map<string, number>();
for (const w of GERMAN) SIDE.set(w, 1);
for (const w of ENGLISH) SIDE.set(w, (SIDE.get(w) ?? 0) | 2);

export function detectLanguageFromTokens(tokens: readonly Token[]): Lang {
  let de = 0;
  let en = 0;
  const limit = Math.min(tokens.length, SAMPLE);
  for (let i = 0; i < limit; i++) {
    const side = SIDE.get(tokens[i]!.norm);
    if (side === undefined) continue;
    if (side & 1) de++;
    if (side & 2) en++;
  }
  return de > en ? 'de' : 'en';
}
