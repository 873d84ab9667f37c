// Form controls the journal page and the quick log share: mood choice, 0-100 slider, labelled
// field, and a two-step confirmation for destructive actions.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate, MessageKey } from '@/utils/i18n';

export const MOODS: readonly { value: number; label: MessageKey }[] = [
  { value: 1, label: 'journalMood1' },
  { value: 2, label: 'journalMood2' },
  { value: 3, label: 'journalMood3' },
  { value: 4, label: 'journalMood4' },
  { value: 5, label: 'journalMood5' },
];

/** A face whose mouth bends from a frown (1) to a smile (5); drawn, so no emoji font is needed. */
export function MoodFace({ mood }: { mood: number }) {
  const bend = (mood - 3) * 2.5;
  return (
    <svg class="kj-mood-face" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8.5" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.3" fill="currentColor" />
      <path
        d={`M7.5 ${15.5 - bend / 2} Q12 ${15.5 + bend} 16.5 ${15.5 - bend / 2}`}
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
      />
    </svg>
  );
}

export function moodLabel(t: Translate, mood: number): string {
  const found = MOODS.find((item) => item.value === mood);
  return found ? t(found.label) : String(mood);
}

export interface MoodPickerProps {
  t: Translate;
  /** Radio group name; unique per form. */
  name: string;
  value: number | null;
  onChange(mood: number): void;
  /** The words under the faces instead of beside them (the quick log is narrow). */
  compact?: boolean;
}

/** Native radio buttons: arrow keys move between moods, and each has its label. */
export function MoodPicker({ t, name, value, onChange, compact }: MoodPickerProps) {
  return (
    <fieldset class="kj-moods" data-compact={compact ? 'true' : undefined}>
      <legend>{t('journalMood')}</legend>
      {MOODS.map((mood) => (
        <label key={mood.value} class="kj-mood">
          <input
            type="radio"
            name={name}
            value={mood.value}
            checked={value === mood.value}
            onChange={() => onChange(mood.value)}
          />
          <MoodFace mood={mood.value} />
          <span class="kj-mood-text">{t(mood.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export interface ScaleSliderProps {
  id: string;
  label: string;
  hint?: string;
  /** Null: not rated yet (an optional scale); the slider waits in the middle, unchosen. */
  value: number | null;
  disabled?: boolean;
  onChange(value: number): void;
  /** For an optional scale: what "not rated" reads as, and a control to take a rating back. */
  unrated?: { text: string; clear: string; clearLabel: string; onClear(): void };
}

export function ScaleSlider(props: ScaleSliderProps) {
  const { id, label, hint, value, disabled, onChange, unrated } = props;
  const unset = value === null;
  return (
    <div class="kj-slider" data-unrated={unset ? 'true' : undefined}>
      <label for={id}>{label}</label>
      <div class="kj-slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value ?? 50}
          disabled={disabled}
          aria-valuetext={unset ? unrated?.text : undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => onChange(Number(event.currentTarget.value))}
          // A click on the waiting thumb chooses its value even though it does not move it.
          onClick={(event) => {
            if (value === null) onChange(Number(event.currentTarget.value));
          }}
        />
        <output for={id} class="kj-slider-value">
          {unset ? unrated?.text : value}
        </output>
        {unrated && !unset && (
          <button
            type="button"
            class="kj-slider-clear"
            aria-label={unrated.clearLabel}
            disabled={disabled}
            onClick={unrated.onClear}
          >
            {unrated.clear}
          </button>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} class="kj-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Stress, 0-100, optional: it starts unrated and can be taken back (no invented 50). */
export function StressSlider(props: {
  t: Translate;
  id: string;
  hint?: string;
  value: number | null;
  onChange(value: number | null): void;
}) {
  const { t } = props;
  return (
    <ScaleSlider
      id={props.id}
      label={t('journalStress')}
      hint={props.hint}
      value={props.value}
      onChange={props.onChange}
      unrated={{
        text: t('journalNotRated'),
        clear: t('journalClearRating'),
        clearLabel: t('journalClearStressLabel'),
        onClear: () => props.onChange(null),
      }}
    />
  );
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  inline?: boolean;
  /** The control; give it `id` and, with a hint, `aria-describedby={`${id}-hint`}`. */
  children: ComponentChildren;
}

/** A labelled form control with an optional hint under it. */
export function Field({ id, label, hint, inline, children }: FieldProps) {
  return (
    <div class={inline ? 'kj-field kj-inline' : 'kj-field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} class="kj-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface ConfirmActionProps {
  /** The button that asks. */
  label: string;
  /** What will happen, shown with the confirm and cancel buttons. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  disabled?: boolean;
  danger?: boolean;
  onConfirm(): void;
}

/** A destructive action in two steps: ask, then confirm or cancel. */
export function ConfirmAction(props: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        class={props.danger ? 'kj-danger' : undefined}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span class="kj-actions">
      <span role="alert">{props.question}</span>
      <button
        type="button"
        class="kj-danger"
        disabled={props.disabled}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {props.cancelLabel}
      </button>
    </span>
  );
}
