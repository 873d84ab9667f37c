// @vitest-environment happy-dom
// The chart's readout: one line for the day under the pointer or chosen with the keyboard,
// in place of a tooltip on every dot.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { StressChart } from '../../../../components/journal/StressChart';
import type { DayStats } from '../../../../utils/journal';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

const day = (date: string, stress: number | null, workload: number | null): DayStats => ({
  day: date,
  entries: 1,
  stress,
  workload,
  mood: 3,
  checks: null,
  hints: null,
});
const STATS = new Map([
  ['2026-11-24', day('2026-11-24', 62, null)],
  ['2026-11-25', day('2026-11-25', 40, 55)],
]);

/** A day logged with a mood only: stress and workload not rated. */
const MOOD_ONLY = new Map([['2026-11-25', day('2026-11-25', null, null)]]);

function show(lang: 'de' | 'en') {
  const root = mount(
    <StressChart t={createTranslator(lang)} locale={lang} stats={STATS} today="2026-11-25" />,
  );
  const svg = root.querySelector<SVGSVGElement>('.kj-chart-svg')!;
  const readout = () => root.querySelector('.kj-chart-readout')!.textContent;
  const key = (name: string) =>
    act(() => {
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    });
  return { root, svg, readout, key };
}

afterEach(() => render(null, document.body));

describe('<StressChart> readout', () => {
  it('reads a day logged without stress as logged, with no figures, not as "nothing logged"', () => {
    const root = mount(
      <StressChart t={createTranslator('en')} locale="en" stats={MOOD_ONLY} today="2026-11-25" />,
    );
    const svg = root.querySelector<SVGSVGElement>('.kj-chart-svg')!;
    act(() => {
      svg.dispatchEvent(new FocusEvent('focus'));
    });
    expect(root.querySelector('.kj-chart-readout')!.textContent).toBe(
      'Wednesday, November 25: stress –, workload –',
    );
    expect(root.textContent).toContain('Logged on 1 of 30 days.');
  });

  it('reads the days out as the agent moves through them with the keyboard', () => {
    const { root, svg, readout, key } = show('en');
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(readout()).toBe('');
    expect(root.querySelectorAll('title')).toHaveLength(1); // the chart's own title only
    act(() => {
      svg.dispatchEvent(new FocusEvent('focus'));
    });
    expect(readout()).toBe('Wednesday, November 25: stress 40, workload 55');
    expect(root.querySelectorAll('.kj-chart-cursor')).toHaveLength(1);
    for (const [name, text] of [
      ['ArrowLeft', 'Tuesday, November 24: stress 62, workload –'],
      ['ArrowLeft', 'Monday, November 23: nothing logged'],
      ['Home', 'Tuesday, October 27: nothing logged'],
      ['ArrowLeft', 'Tuesday, October 27: nothing logged'], // no further than the range
      ['PageDown', 'Tuesday, November 3: nothing logged'],
      ['End', 'Wednesday, November 25: stress 40, workload 55'],
      ['x', 'Wednesday, November 25: stress 40, workload 55'], // other keys do nothing
    ]) {
      key(name!);
      expect(readout(), name).toBe(text);
    }
    act(() => {
      svg.dispatchEvent(new FocusEvent('blur'));
    });
    expect(readout()).toBe('');
    expect(root.querySelector('.kj-chart-cursor')).toBeNull();
  });

  it('speaks German on a German page and says how to use it', () => {
    const { root, svg, readout } = show('de');
    act(() => {
      svg.dispatchEvent(new FocusEvent('focus'));
    });
    expect(readout()).toBe('Mittwoch, 25. November: Stress 40, Belastung 55');
    expect(root.querySelector('.kj-hint')!.textContent).toContain('Pfeiltasten');
    expect(root.querySelector('.kj-chart-readout')!.getAttribute('aria-live')).toBe('polite');
  });
});
