// The agreement arithmetic (tests/quality/agreement.ts) on cases small enough to work out by
// hand: Cohen's kappa, raw agreement, and the second labeller scored like a system.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  agreementReport,
  agreementStats,
  cohensKappa,
  type Judgement,
} from '../../quality/agreement';

const repeat = (pair: [Judgement, Judgement], n: number): Array<[Judgement, Judgement]> =>
  Array.from({ length: n }, () => pair);

describe('cohensKappa', () => {
  it('matches the textbook case: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no gives 0.4', () => {
    // observed 35/50 = 0.7; chance 25/50 * 30/50 + 25/50 * 20/50 = 0.5; (0.7 - 0.5) / 0.5
    expect(cohensKappa(20, 5, 10, 15)).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement and 0 for agreement no better than chance', () => {
    expect(cohensKappa(3, 0, 0, 7)).toBe(1);
    // Both raters flag half, independently: observed 0.5 = chance 0.5.
    expect(cohensKappa(1, 1, 1, 1)).toBe(0);
  });

  it('is undefined when both raters only ever use one class, and for no pairs', () => {
    expect(cohensKappa(0, 0, 0, 5)).toBeNull();
    expect(cohensKappa(0, 0, 0, 0)).toBeNull();
  });
});

describe('agreementStats', () => {
  // 4 flag/flag, 1 flag/clean, 2 clean/flag, 3 clean/clean, and three with one side open.
  const pairs: Array<[Judgement, Judgement]> = [
    ...repeat(['flag', 'flag'], 4),
    ...repeat(['flag', 'clean'], 1),
    ...repeat(['clean', 'flag'], 2),
    ...repeat(['clean', 'clean'], 3),
    ['flag', 'open'],
    ['open', 'flag'],
    ['clean', 'open'],
  ];
  const s = agreementStats(pairs);

  it('counts agreement and kappa only where both said flag or clean', () => {
    expect(s.both).toBe(10);
    expect([s.flagFlag, s.flagClean, s.cleanFlag, s.cleanClean]).toEqual([4, 1, 2, 3]);
    expect(s.rawAgreement).toBeCloseTo(0.7, 10);
    // observed 0.7; chance 5/10 * 6/10 + 5/10 * 4/10 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4
    expect(s.kappa).toBeCloseTo(0.4, 10);
  });

  it('scores the second labeller like a system: open is not flagged, original open is skipped', () => {
    // TP 4; FP 2 (original clean, second flag); FN 1 + 1 (flag/clean and flag/open).
    expect([s.tp, s.fp, s.fn]).toEqual([4, 2, 2]);
    expect(s.precision).toBeCloseTo(4 / 6, 10);
    expect(s.recall).toBeCloseTo(4 / 6, 10);
  });

  it('leaves precision and recall undefined when there is nothing to divide by', () => {
    const none = agreementStats(repeat(['clean', 'clean'], 3));
    expect(none.precision).toBeNull();
    expect(none.recall).toBeNull();
    expect(none.rawAgreement).toBe(1);
  });
});

describe('agreementReport', () => {
  const root = mkdtempSync(join(tmpdir(), 'klartext-agreement-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('pairs the second labels with the corpus by id and reports each category', () => {
    const draft = (id: string, flag: string[], clean: string[]) => ({
      id,
      lang: 'de',
      setting: 'retail',
      customer: 'Wo bleibt mein Paket?',
      draft: 'Hallo, es kommt morgen.',
      flag,
      clean,
      good: flag.length === 0,
      note: 'test',
    });
    const rest = ['ownership', 'next-steps', 'clarity', 'co-production'];
    mkdirSync(join(root, 'de'));
    mkdirSync(join(root, 'en'));
    mkdirSync(join(root, 'agreement'));
    writeFileSync(join(root, 'split.json'), JSON.stringify({ heldOutWriters: ['w5'] }));
    writeFileSync(
      join(root, 'de', 'retail.w5.json'),
      JSON.stringify([
        draft('de-r-w5-d1', ['tone'], ['empathy', ...rest]),
        draft('de-r-w5-d2', [], ['tone', 'empathy', ...rest]),
      ]),
    );
    writeFileSync(join(root, 'en', 'retail.w5.json'), '[]');
    writeFileSync(
      join(root, 'agreement', 'de.json'),
      JSON.stringify([
        { id: 'de-r-w5-d1', flag: ['tone'], clean: ['empathy', ...rest], good: false, note: '' },
        { id: 'de-r-w5-d2', flag: ['tone'], clean: ['empathy', ...rest], good: false, note: '' },
      ]),
    );
    writeFileSync(join(root, 'agreement', 'en.json'), '[]');

    const lines = agreementReport(root);
    expect(lines).toContain('de: 2 drafts labelled twice');
    // tone: one flag/flag, one clean/flag: agreement 0.5, kappa 0, TP 1 FP 1 FN 0.
    const tone = lines.find((l) => l.trim().startsWith('tone'));
    expect(tone?.split(/\s+/).filter(Boolean)).toEqual([
      'tone',
      '2',
      '0.50',
      '0.00',
      '1/1/0',
      '0.50*',
      '1.00',
      '1/0/1/0',
    ]);
    expect(lines.some((l) => l.trim().startsWith('empathy') && l.includes(' 1.00 '))).toBe(true);
    expect(lines.join('\n')).not.toContain('Problems:');
  });
});
