import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, compileRules, detectLanguage, RULES } from '../../../../rules/index';
import { BUILTIN_RULES } from '../../../../rules/registry';
import { compileRuleSet } from '../../../../rules/engine/compile';
import type { WordSets } from '../../../../rules/engine/pattern';
import sets from '../../../../rules/builtin/phrases/sets.json' with { type: 'json' };
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('detectLanguage', () => {
  it('detects German and English from function words', () => {
    expect(detectLanguage('Vielen Dank für Ihre Nachricht, wir kümmern uns darum.')).toBe('de');
    expect(detectLanguage('Thanks for your message, we will sort it out.')).toBe('en');
  });
  it('defaults to English when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('😊 12345')).toBe('en');
  });
  it('follows the majority in mixed text', () => {
    expect(
      detectLanguage(
        'Hallo! Ich habe das Update installiert, aber der Fehler ist noch da. Thanks!',
      ),
    ).toBe('de');
  });
});

describe('check', () => {
  it('returns findings sorted by start with exact UTF-16 spans', () => {
    const draft =
      '😊 Dear customer, obviously you should have checked the label. We will reply soon.';
    const { lang, findings } = check({ draft });
    expect(lang).toBe('en');
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const slices = Object.fromEntries(findings.map((f) => [f.ruleId, draft.slice(f.start, f.end)]));
    expect(slices['impersonal-greeting']).toBe('Dear customer');
    expect(slices['condescension']).toBe('obviously');
    expect(slices['blame-customer']).toBe('you should have checked');
    expect(slices['vague-time']).toBe('soon');
  });

  it('marks the words of a deflection, not the words around it', () => {
    const draft =
      'Hello Ms Roe,\n\nThis is not our department, please ask your bank.\n\nBest,\nAnn';
    const found = check({ draft, lang: 'en' }).findings.find((f) => f.ruleId === 'deflection')!;
    expect(draft.slice(found.start, found.end)).toBe('not our department');
  });

  it('uses the UI language for messages and the draft language by default', () => {
    const de = check({ draft: 'Wir melden uns zeitnah.' });
    const en = check({ draft: 'Wir melden uns zeitnah.', uiLang: 'en' });
    const vague = (r: typeof de) => r.findings.find((f) => f.ruleId === 'vague-time')!;
    expect(vague(de).message).toMatch(/Zeitangabe/);
    expect(vague(en).message).toMatch(/vague time/);
  });

  it('lets an explicit lang override detection', () => {
    expect(check({ draft: 'Hello there', lang: 'de' }).lang).toBe('de');
  });

  it('gives whole-draft findings the full span', () => {
    const draft = 'Für die Reklamation benötigen wir ein Foto des Schadens.';
    const f = check({ draft }).findings.find((x) => x.ruleId === 'missing-invitation');
    expect(f).toMatchObject({ start: 0, end: draft.length });
  });

  it('offers safe one-click replacements', () => {
    const draft = 'Sehr geehrter Kunde, MfG';
    const fs = check({ draft }).findings.filter((f) => f.ruleId === 'impersonal-greeting');
    expect(fs.map((f) => f.suggestions?.[0])).toEqual(['Guten Tag', 'Viele Grüße']);
  });

  it('compiles the rule set once', () => {
    expect(compileRules()).toBe(compileRules());
  });

  it('has only valid patterns (the shared set parses them lazily, so check them all here)', () => {
    expect(() => compileRuleSet(BUILTIN_RULES, sets as WordSets)).not.toThrow();
  });
});

describe('rule metadata', () => {
  it('has one file per rule, named after its id, and every rule is registered', () => {
    const dir = join(__dirname, '../../../../rules/builtin');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(BUILTIN_RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('exposes complete, bilingual metadata for every rule', () => {
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      for (const lang of ['de', 'en'] as const) {
        expect(rule.messages[lang].length, `${rule.id} message ${lang}`).toBeGreaterThan(20);
        expect(rule.rationale[lang].length, `${rule.id} rationale ${lang}`).toBeGreaterThan(20);
      }
    }
  });

  it('covers every category with at least two rules in each language', () => {
    for (const category of CATEGORIES) {
      for (const lang of ['de', 'en'] as const) {
        const n = RULES.filter((r) => r.category === category && r.languages.includes(lang)).length;
        expect(n, `${category}/${lang}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps the rule ids the end-to-end tests rely on', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of [
      'condescension',
      'shouting',
      'impersonal-greeting',
      'dismissive',
      'register-mix',
      'unacknowledged-emotion',
      'formula-apology',
      'grovelling',
      'blame-customer',
      'deflection',
      'agentless-passive',
      'liability-boilerplate',
      'missing-next-step',
      'vague-time',
      'no-reply-address',
      'long-sentence',
      'jargon',
      'nominal-style',
      'passive-density',
      'stacked-clauses',
      'missing-invitation',
      'read-the-faq',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
