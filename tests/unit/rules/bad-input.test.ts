// Inputs a content script will eventually see. Each must return, with spans inside the draft.
import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../../rules/index';

function expectSane(draft: string, result: CheckResult): void {
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(draft.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
  }
}

describe('check on hostile input', () => {
  it('handles an empty draft', () => {
    expect(check({ draft: '' })).toEqual({ lang: 'en', findings: [] });
  });

  it('handles emoji only', () => {
    const draft = '😡😡😡 👍🏽❤️‍🔥'.repeat(50);
    const result = check({ draft, customer: '😡' });
    expectSane(draft, result);
  });

  it('handles a 1 MB draft', () => {
    const sentence =
      'Wir melden uns zeitnah, wie bereits erwähnt, bei Ihnen. We will reply soon!!! ';
    const draft = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const result = check({ draft, customer: 'Zum dritten Mal!!' });
    expectSane(draft, result);
    expect(result.findings.length).toBeGreaterThan(1000);
  });

  it('handles one endless line without spaces', () => {
    const draft = 'x'.repeat(100_000);
    expectSane(draft, check({ draft }));
    const mixed = 'ab😊'.repeat(30_000);
    expectSane(mixed, check({ draft: mixed }));
  });

  it('handles mixed languages in one draft', () => {
    const draft =
      'Hallo Frau Kim, thanks for your message. Wir melden uns zeitnah. We will call you soon.';
    const result = check({ draft });
    expectSane(draft, result);
    expect(result.findings.some((f) => f.ruleId === 'vague-time')).toBe(true);
  });

  it('handles lone surrogates and control characters', () => {
    const draft = 'Hallo \uD800 Welt \u0000\u0007 \uDC00 ende';
    expectSane(draft, check({ draft }));
  });
});
