// Plain observations from the agent's own entries, worded as patterns, never as diagnoses.
import type { Translate } from '@/utils/i18n';
import type { Observation } from '@/utils/journal';
import { formatNumber, weekdayName } from './format';

export interface ObservationsProps {
  t: Translate;
  locale: string;
  observations: readonly Observation[];
}

export function observationText(t: Translate, locale: string, o: Observation): string {
  const n = (value: number) => formatNumber(locale, value);
  switch (o.kind) {
    case 'replies':
      return t(
        o.direction === 'higher' ? 'journalObsRepliesHigher' : 'journalObsRepliesLower',
        String(o.threshold),
        n(o.withMore),
        n(o.withFewer),
      );
    case 'tag':
      return t(
        o.direction === 'higher' ? 'journalObsTagHigher' : 'journalObsTagLower',
        o.tag,
        n(o.withTag),
        n(o.without),
      );
    case 'weekday':
      return t('journalObsWeekday', weekdayName(locale, o.weekday), n(o.stress), n(o.others));
    case 'trend':
      return t(
        o.direction === 'higher' ? 'journalObsTrendHigher' : 'journalObsTrendLower',
        n(o.recent),
        n(o.previous),
      );
  }
}

export function Observations({ t, locale, observations }: ObservationsProps) {
  return (
    <div class="kj-observations">
      {observations.length === 0 ? (
        <p class="kj-empty">{t('journalObsNone')}</p>
      ) : (
        <ul>
          {observations.map((o, index) => (
            <li key={index}>{observationText(t, locale, o)}</li>
          ))}
        </ul>
      )}
      <p class="kj-hint">{t('journalObsNote')}</p>
    </div>
  );
}
