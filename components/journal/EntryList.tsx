// The entries: search, filter by tag and date range, edit and delete. Notes are rendered as
// text (Preact escapes them), so HTML someone typed or imported shows as typed.
import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import {
  filterEntries,
  workloadOf,
  NO_FILTER,
  type EntryFilter,
  type EntryInput,
  type JournalEntry,
} from '@/utils/journal';
import { ENTRIES_PER_PAGE as PAGE } from '@/utils/journal/page-model';
import { ConfirmAction, Field, moodLabel } from './controls';
import { EntryForm } from './EntryForm';
import { formatDateTime, formatNumber } from './format';

export interface EntryListProps {
  t: Translate;
  locale: string;
  entries: readonly JournalEntry[];
  tags: readonly string[];
  busy: boolean;
  now: number;
  onUpdate(entry: JournalEntry, input: EntryInput): Promise<boolean>;
  onDelete(entry: JournalEntry): void;
}

export function EntryList(props: EntryListProps) {
  const { t, locale, entries, tags } = props;
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  // Filtering and sorting 10,000 entries is not free: only when the entries or the filter change.
  const matching = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  // The entry being edited stays on screen, with what the agent typed, even when entries
  // another context wrote push it past the shown page.
  const visible = matching.filter((entry, index) => index < shown || entry.id === editing);
  const change = (patch: Partial<EntryFilter>) => {
    setFilter({ ...filter, ...patch });
    setShown(PAGE);
  };

  return (
    <div class="kj-list">
      <div class="kj-filters" role="search">
        <Field id="kj-search" label={t('journalSearch')}>
          <input
            id="kj-search"
            type="search"
            value={filter.text}
            onInput={(event) => change({ text: event.currentTarget.value })}
          />
        </Field>
        <Field id="kj-filter-tag" label={t('journalFilterTag')}>
          <select
            id="kj-filter-tag"
            value={filter.tag}
            onChange={(event) => change({ tag: event.currentTarget.value })}
          >
            <option value="">{t('journalAllTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </Field>
        <Field id="kj-filter-from" label={t('journalFrom')}>
          <input
            id="kj-filter-from"
            type="date"
            value={filter.from}
            onInput={(event) => change({ from: event.currentTarget.value })}
          />
        </Field>
        <Field id="kj-filter-to" label={t('journalTo')}>
          <input
            id="kj-filter-to"
            type="date"
            value={filter.to}
            onInput={(event) => change({ to: event.currentTarget.value })}
          />
        </Field>
      </div>
      <p class="kj-count" role="status">
        {t('journalShowing', String(matching.length), String(entries.length))}
      </p>
      {matching.length === 0 ? (
        <p class="kj-empty">
          {entries.length === 0 ? t('journalNoEntries') : t('journalNoMatches')}
        </p>
      ) : (
        <ol class="kj-entries">
          {visible.map((entry) => (
            <li key={entry.id} class="kj-entry" data-entry-id={entry.id}>
              {editing === entry.id ? (
                <EntryForm
                  t={t}
                  entry={entry}
                  knownTags={tags}
                  busy={props.busy}
                  now={props.now}
                  onSave={async (input) => {
                    const saved = await props.onUpdate(entry, input);
                    if (saved) setEditing(null);
                    return saved;
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <EntryView
                  t={t}
                  locale={locale}
                  entry={entry}
                  busy={props.busy}
                  onEdit={() => setEditing(entry.id)}
                  onDelete={() => props.onDelete(entry)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {matching.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('journalShowMore')}
        </button>
      )}
    </div>
  );
}

interface EntryViewProps {
  t: Translate;
  locale: string;
  entry: JournalEntry;
  busy: boolean;
  onEdit(): void;
  onDelete(): void;
}

function EntryView({ t, locale, entry, busy, onEdit, onDelete }: EntryViewProps) {
  const workload = workloadOf(entry);
  return (
    <article aria-label={formatDateTime(locale, entry.createdAt)}>
      <header class="kj-entry-head">
        <time dateTime={new Date(entry.createdAt).toISOString()}>
          {formatDateTime(locale, entry.createdAt)}
        </time>
        <span class="kj-badge">
          {t('journalMood')}: {moodLabel(t, entry.mood)}
        </span>
        {entry.stress !== null && (
          <span class="kj-badge">
            {t('journalStress')}: {entry.stress}
          </span>
        )}
        {workload !== null && (
          <span class="kj-badge">
            {t('journalWorkload')}: {formatNumber(locale, workload)}
          </span>
        )}
        {entry.ticketRef && <span class="kj-badge">{entry.ticketRef}</span>}
      </header>
      {entry.tags.length > 0 && (
        <ul class="kj-tags" aria-label={t('journalTags')}>
          {entry.tags.map((tag) => (
            <li key={tag} class="kj-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {entry.note && <p class="kj-note">{entry.note}</p>}
      <div class="kj-actions">
        <button type="button" onClick={onEdit}>
          {t('journalEdit')}
        </button>
        <ConfirmAction
          label={t('journalDelete')}
          question={t('journalConfirmDelete')}
          confirmLabel={t('journalDelete')}
          cancelLabel={t('journalKeep')}
          disabled={busy}
          onConfirm={onDelete}
        />
      </div>
    </article>
  );
}
