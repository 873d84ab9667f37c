// Public entry of the rule engine. The content script, the CLI and the benchmarks import only this.
// TEMPORARY STUB: the engine helper replaces the body with the real engine (same exports).
import type { CheckInput, CheckResult, Lang } from './engine/types';

export * from './engine/types';

export function detectLanguage(text: string): Lang {
  return /\b(und|nicht|Sie|wir|ich|bitte|der|die|das)\b/.test(text) ? 'de' : 'en';
}

export function check(input: CheckInput): CheckResult {
  const lang = input.lang ?? detectLanguage(input.draft);
  return { lang, findings: [] };
}
