// The full entry form: when, mood, stress, the three workload ratings (optional), tags, note
// and ticket reference. Used to write a new entry and to edit one. Props in, events out.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { SUGGESTED_TAGS, parseTagList, type EntryInput, type JournalEntry } from '@/utils/journal';
import { Field, MoodPicker, ScaleSlider, StressSlider } from './controls';
import { fromLocalInput, toLocalInput } from './format';

export interface EntryFormProps {
  t: Translate;
  /** The entry being edited; absent for a new one. */
  entry?: JournalEntry;
  /** Tags used before, offered beside the suggestions. */
  knownTags: readonly string[];
  busy: boolean;
  now: number;
  onSave(input: EntryInput): Promise<boolean>;
  onCancel?(): void;
}

export function EntryForm({ t, entry, knownTags, busy, now, onSave, onCancel }: EntryFormProps) {
  const prefix = entry ? `kj-edit-${entry.id}` : 'kj-new';
  const rated = entry
    ? entry.timePressure !== null || entry.mentalDemand !== null || entry.frustration !== null
    : false;
  const [when, setWhen] = useState(toLocalInput(entry?.createdAt ?? now));
  // The field holds minutes only: an untouched field keeps the exact original time (or, for a
  // new entry, lets the journal stamp the moment of saving).
  const [whenTouched, setWhenTouched] = useState(false);
  const [mood, setMood] = useState<number | null>(entry?.mood ?? null);
  // Unrated until the agent moves the slider (an entry without stress keeps none).
  const [stress, setStress] = useState<number | null>(entry ? entry.stress : null);
  const [rateWorkload, setRateWorkload] = useState(rated);
  const [timePressure, setTimePressure] = useState(entry?.timePressure ?? 50);
  const [mentalDemand, setMentalDemand] = useState(entry?.mentalDemand ?? 50);
  const [frustration, setFrustration] = useState(entry?.frustration ?? 50);
  const [tags, setTags] = useState(entry?.tags.join(', ') ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [ticketRef, setTicketRef] = useState(entry?.ticketRef ?? '');

  const current = parseTagList(tags);
  const offered = [...new Set([...SUGGESTED_TAGS.map((key) => t(key)), ...knownTags])].filter(
    (tag) => !current.some((have) => have.toLocaleLowerCase() === tag.toLocaleLowerCase()),
  );

  function reset() {
    setWhen(toLocalInput(Date.now()));
    setWhenTouched(false);
    setMood(null);
    setStress(null);
    setRateWorkload(false);
    setTags('');
    setNote('');
    setTicketRef('');
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (mood === null) return;
    const saved = await onSave({
      createdAt: (whenTouched ? fromLocalInput(when) : null) ?? entry?.createdAt,
      mood,
      stress,
      timePressure: rateWorkload ? timePressure : null,
      mentalDemand: rateWorkload ? mentalDemand : null,
      frustration: rateWorkload ? frustration : null,
      tags: current,
      note,
      ticketRef,
    });
    if (saved && !entry) reset();
  }

  return (
    <form class="kj-form" onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} class="kj-form-title">
        {entry ? t('journalEditTitle') : t('journalNewTitle')}
      </h3>
      <Field id={`${prefix}-when`} label={t('journalWhen')}>
        <input
          id={`${prefix}-when`}
          type="datetime-local"
          value={when}
          onInput={(event) => {
            setWhen(event.currentTarget.value);
            setWhenTouched(true);
          }}
        />
      </Field>
      <MoodPicker t={t} name={`${prefix}-mood`} value={mood} onChange={setMood} />
      <StressSlider
        t={t}
        id={`${prefix}-stress`}
        hint={t('journalStressHint')}
        value={stress}
        onChange={setStress}
      />
      <fieldset class="kj-workload">
        <legend>{t('journalWorkload')}</legend>
        <label class="kj-check">
          <input
            type="checkbox"
            checked={rateWorkload}
            onChange={(event) => setRateWorkload(event.currentTarget.checked)}
          />
          {t('journalRateWorkload')}
        </label>
        {rateWorkload && (
          <>
            <ScaleSlider
              id={`${prefix}-tp`}
              label={t('journalTimePressure')}
              hint={t('journalTimePressureHint')}
              value={timePressure}
              onChange={setTimePressure}
            />
            <ScaleSlider
              id={`${prefix}-md`}
              label={t('journalMentalDemand')}
              hint={t('journalMentalDemandHint')}
              value={mentalDemand}
              onChange={setMentalDemand}
            />
            <ScaleSlider
              id={`${prefix}-fr`}
              label={t('journalFrustration')}
              hint={t('journalFrustrationHint')}
              value={frustration}
              onChange={setFrustration}
            />
          </>
        )}
      </fieldset>
      <Field id={`${prefix}-tags`} label={t('journalTags')} hint={t('journalTagsHint')}>
        <input
          id={`${prefix}-tags`}
          type="text"
          value={tags}
          aria-describedby={`${prefix}-tags-hint`}
          onInput={(event) => setTags(event.currentTarget.value)}
        />
      </Field>
      {offered.length > 0 && (
        <div class="kj-suggestions" role="group" aria-label={t('journalTagSuggestions')}>
          {offered.slice(0, 8).map((tag) => (
            <button
              key={tag}
              type="button"
              class="kj-chip"
              onClick={() => setTags([...current, tag].join(', '))}
            >
              + {tag}
            </button>
          ))}
        </div>
      )}
      <Field id={`${prefix}-note`} label={t('journalNote')}>
        <textarea
          id={`${prefix}-note`}
          rows={4}
          // The browser's spell checker may fetch dictionaries or, in its enhanced mode, send
          // the text to a server: a private note stays out of it.
          spellcheck={false}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </Field>
      <Field id={`${prefix}-ticket`} label={t('journalTicketRef')} hint={t('journalTicketRefHint')}>
        <input
          id={`${prefix}-ticket`}
          type="text"
          value={ticketRef}
          aria-describedby={`${prefix}-ticket-hint`}
          onInput={(event) => setTicketRef(event.currentTarget.value)}
        />
      </Field>
      <div class="kj-actions">
        <button type="submit" class="kj-primary" disabled={busy || mood === null}>
          {entry ? t('journalSaveChanges') : t('journalSave')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('journalCancel')}
          </button>
        )}
        {mood === null && <span class="kj-hint">{t('journalPickMood')}</span>}
      </div>
    </form>
  );
}
