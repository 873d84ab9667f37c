// A large, realistic-looking pack for the pack bench: invented words, so its rules fire only on
// the examples made for them, with the mix of kinds and pattern shapes real packs use.
import type { Lang } from '../../rules/index';
import type { Pack, PackRule } from '../../rules/packs/types';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'be', 'so', 'vi', 'du', 'fe', 'go'];

/** A made-up word per number, distinct for distinct numbers. */
function word(n: number): string {
  let out = '';
  let k = n;
  do {
    out += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return `${out}x`;
}

const FILLER: Record<Lang, string> = {
  en: 'Thanks for your message, we looked at it this morning and',
  de: 'Danke für Ihre Nachricht, wir haben heute Morgen nachgesehen und',
};

const ASK: Record<Lang, string> = { en: 'What about the', de: 'Was ist mit dem' };

function phrasesRule(i: number, lang: Lang): PackRule {
  const [a, b, c] = [word(3 * i), word(3 * i + 1), word(3 * i + 2)];
  return {
    id: `generated-${i}`,
    kind: 'phrases',
    category: 'tone',
    severity: i % 3 === 0 ? 'warning' : 'hint',
    messages: { de: `Regel ${i} greift.`, en: `Rule ${i} applies.` },
    rationale: { de: 'Erzeugt für den Benchmark.', en: 'Generated for the benchmark.' },
    patterns: { [lang]: [`${a} (${b}|${c})`, `${c} ...2 ${a}*`, `^ ${b} ${c}?`] },
    replacements: { [lang]: { [`${a} (${b}|${c})`]: [`${b} ${a}`] } },
    examples: {
      [lang]: {
        valid: [{ draft: `${FILLER[lang]} ${a} is fine alone.` }],
        invalid: [{ draft: `${FILLER[lang]} ${a} ${c} is not.` }],
      },
    },
  };
}

function requiredRule(i: number, lang: Lang): PackRule {
  const [a, b] = [word(3 * i), word(3 * i + 1)];
  return {
    id: `generated-${i}`,
    kind: 'required',
    category: 'next-steps',
    severity: 'warning',
    messages: { de: `Regel ${i} verlangt ${b}.`, en: `Rule ${i} needs ${b}.` },
    rationale: { de: 'Erzeugt für den Benchmark.', en: 'Generated for the benchmark.' },
    patterns: { [lang]: [b, `${b} (soon|bald)`] },
    when: { customer: { [lang]: [a] } },
    examples: {
      [lang]: {
        valid: [{ customer: `${ASK[lang]} ${a}?`, draft: `${FILLER[lang]} ${b}.` }],
        invalid: [{ customer: `${ASK[lang]} ${a}?`, draft: `${FILLER[lang]} nothing else.` }],
      },
    },
  };
}

function measureRule(i: number, lang: Lang): PackRule {
  return {
    id: `generated-${i}`,
    kind: 'measure',
    category: 'clarity',
    severity: 'hint',
    measure: 'sentence-words',
    max: { [lang]: 60 + (i % 40) },
    messages: { de: `Regel ${i}: Satz zu lang.`, en: `Rule ${i}: sentence too long.` },
    rationale: { de: 'Erzeugt für den Benchmark.', en: 'Generated for the benchmark.' },
    examples: {
      [lang]: { valid: [{ draft: 'Short.' }], invalid: [{ draft: 'word '.repeat(101) }] },
    },
  };
}

/** `count` rules: 90% phrases, 8% required, 2% measures; languages alternate. */
export function generatedPack(count: number): Pack {
  const rules: PackRule[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'en' : 'de';
    const slot = i % 50;
    rules.push(
      slot < 45 ? phrasesRule(i, lang) : slot < 49 ? requiredRule(i, lang) : measureRule(i, lang),
    );
  }
  return {
    schemaVersion: 1,
    id: 'generated',
    name: `Generated pack of ${count} rules`,
    version: '1.0.0',
    description: 'Made by tests/bench/generated-pack.ts.',
    author: 'Klartext bench',
    license: 'CC0-1.0',
    languages: ['de', 'en'],
    allowlist: ['ATLAS', 'Fibre Box'],
    rules,
  };
}
