// Form controls the journal page and the quick log share: mood choice, 0-100 slider, labelled
// field, and a two-step confirmation for destructive actions.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate, MessageKey } from '@/utils/i18n';

export const MOODS: readonly { value: number; glyph: string; label: MessageKey }[] = [
  { value: 1, glyph: '😣', label: 'journalMood1' },
  { value: 2, glyph: '🙁', label: 'journalMood2' },
  { value: 3, glyph: '😐', label: 'journalMood3' },
  { value: 4, glyph: '🙂', label: 'journalMood4' },
  { value: 5, glyph: '😄', label: 'journalMood5' },
];

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
  /** Show the words only to screen readers (the quick log is narrow). */
  compact?: boolean;
}

/** Native radio buttons: arrow keys move between moods, and each has its label. */
export function MoodPicker({ t, name, value, onChange, compact }: MoodPickerProps) {
  return (
    <fieldset class="kj-moods" data-compact={compact ? 'true' : undefined}>
      <legend>{t('journalMood')}</legend>
      {MOODS.map((mood) => (
        <label key={mood.value} class="kj-mood" title={t(mood.label)}>
          <input
            type="radio"
            name={name}
            value={mood.value}
            checked={value === mood.value}
            onChange={() => onChange(mood.value)}
          />
          <span class="kj-mood-glyph" aria-hidden="true">
            {mood.glyph}
          </span>
          <span class={compact ? 'kj-sr-only' : 'kj-mood-text'}>{t(mood.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export interface ScaleSliderProps {
  id: string;
  label: string;
  hint?: string;
  value: number;
  disabled?: boolean;
  onChange(value: number): void;
}

export function ScaleSlider({ id, label, hint, value, disabled, onChange }: ScaleSliderProps) {
  return (
    <div class="kj-slider">
      <label for={id}>{label}</label>
      <div class="kj-slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for={id} class="kj-slider-value">
          {value}
        </output>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="kj-hint">
          {hint}
        </p>
      )}
    </div>
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
