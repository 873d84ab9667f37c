// A pack rule as the edit form holds it (plain strings, one pattern or example per line) and
// back. Lines the agent did not touch keep what the form cannot show, such as an example's
// customer message or a replacement list.
import type {
  ByLang,
  Category,
  Lang,
  Pack,
  PackExample,
  PackExamples,
  PackRule,
  Severity,
} from '@/rules';

export interface RuleForm {
  category: Category;
  severity: Severity;
  messageDe: string;
  messageEn: string;
  /** One pattern per line (phrase and required rules). */
  patternsDe: string;
  patternsEn: string;
  /** One example draft per line. */
  invalidDe: string;
  invalidEn: string;
  validDe: string;
  validEn: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const joined = (list: readonly { draft: string }[] | undefined) =>
  (list ?? []).map((e) => e.draft.replace(/\s*\n\s*/g, ' ')).join('\n');

export function ruleForm(rule: PackRule): RuleForm {
  const patterns = rule.kind === 'measure' ? {} : rule.patterns;
  return {
    category: rule.category,
    severity: rule.severity,
    messageDe: rule.messages.de,
    messageEn: rule.messages.en,
    patternsDe: (patterns.de ?? []).join('\n'),
    patternsEn: (patterns.en ?? []).join('\n'),
    invalidDe: joined(rule.examples.de?.invalid),
    invalidEn: joined(rule.examples.en?.invalid),
    validDe: joined(rule.examples.de?.valid),
    validEn: joined(rule.examples.en?.valid),
  };
}

/** Examples from the form's lines; a line equal to an earlier draft keeps its customer. */
function examplesFrom(text: string, before: readonly PackExample[] | undefined): PackExample[] {
  return lines(text).map(
    (draft) => before?.find((e) => e.draft.replace(/\s*\n\s*/g, ' ') === draft) ?? { draft },
  );
}

function byLang<T>(values: Record<Lang, T | undefined>): ByLang<T> {
  const out: ByLang<T> = {};
  for (const lang of ['de', 'en'] as const)
    if (values[lang] !== undefined) out[lang] = values[lang];
  return out;
}

function withForm(rule: PackRule, form: RuleForm): PackRule {
  const examples: ByLang<PackExamples> = {};
  for (const lang of ['de', 'en'] as const) {
    const suffix = lang === 'de' ? 'De' : 'En';
    const invalid = examplesFrom(form[`invalid${suffix}`], rule.examples[lang]?.invalid);
    const valid = examplesFrom(form[`valid${suffix}`], rule.examples[lang]?.valid);
    if (invalid.length > 0 || valid.length > 0) examples[lang] = { valid, invalid };
  }
  const base = {
    ...rule,
    category: form.category,
    severity: form.severity,
    messages: { de: form.messageDe, en: form.messageEn },
    examples,
  };
  if (base.kind === 'measure') return base;
  const patterns = byLang({
    de: lines(form.patternsDe).length > 0 ? lines(form.patternsDe) : undefined,
    en: lines(form.patternsEn).length > 0 ? lines(form.patternsEn) : undefined,
  });
  if (base.kind === 'phrases' && base.replacements) {
    // Replacements are keyed by the pattern as written: keep those whose pattern stayed.
    const replacements: NonNullable<typeof base.replacements> = {};
    for (const lang of ['de', 'en'] as const) {
      const kept = Object.entries(base.replacements[lang] ?? {}).filter(([pattern]) =>
        patterns[lang]?.includes(pattern),
      );
      if (kept.length > 0) replacements[lang] = Object.fromEntries(kept);
    }
    return { ...base, patterns, replacements };
  }
  return { ...base, patterns };
}

/** A copy of `pack` with rule `ruleId` as the form says; the installed pack stays as it was. */
export function applyRuleForm(pack: Pack, ruleId: string, form: RuleForm): Pack {
  const copy = structuredClone(pack);
  copy.rules = copy.rules.map((rule) => (rule.id === ruleId ? withForm(rule, form) : rule));
  return copy;
}
