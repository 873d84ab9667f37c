// Owning the data: export, import, delete everything, retention, encryption, the opt-in
// counters, gentle prompts and the storage status. Props in, events out.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import {
  MIN_PASSPHRASE_LENGTH,
  type EncryptionState,
  type ImportPlan,
  type JournalSettings,
  type PersistState,
  type SettingsPatch,
} from '@/utils/journal';
import type { PickedFile } from '@/utils/journal/page-model';
import { ConfirmAction, Field } from './controls';
import { ImportPreview } from './ImportPreview';

export interface DataPanelProps {
  t: Translate;
  locale: string;
  settings: JournalSettings;
  encryption: EncryptionState;
  persist: PersistState | null;
  entryCount: number;
  importPlan: ImportPlan | null;
  busy: boolean;
  onExportJson(): void;
  onExportCsv(): void;
  onPickImport(file: PickedFile): void;
  onApplyImport(): void;
  onCancelImport(): void;
  onDeleteEverything(): void;
  onUpdateSettings(patch: SettingsPatch): void;
  onEnableEncryption(passphrase: string): void;
  onDisableEncryption(): void;
  onLock(): void;
}

const PERSIST_KEYS = {
  persisted: 'journalPersistYes',
  granted: 'journalPersistYes',
  denied: 'journalPersistNo',
  unsupported: 'journalPersistUnknown',
} as const;

export function DataPanel(props: DataPanelProps) {
  const { t, busy } = props;
  return (
    <div class="kj-data">
      <section aria-labelledby="kj-export-title">
        <h3 id="kj-export-title">{t('journalExportTitle')}</h3>
        <p class="kj-hint">{t('journalExportHint')}</p>
        <div class="kj-actions">
          <button type="button" disabled={busy} onClick={props.onExportJson}>
            {t('journalExportJson')}
          </button>
          <button type="button" disabled={busy} onClick={props.onExportCsv}>
            {t('journalExportCsv')}
          </button>
        </div>
      </section>

      <section aria-labelledby="kj-import-title">
        <h3 id="kj-import-title">{t('journalImportTitle')}</h3>
        <Field id="kj-import-file" label={t('journalImportFile')}>
          <input
            id="kj-import-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onPickImport(file);
              event.currentTarget.value = '';
            }}
          />
        </Field>
        {props.importPlan && (
          <ImportPreview
            t={t}
            locale={props.locale}
            plan={props.importPlan}
            busy={busy}
            onApply={props.onApplyImport}
            onCancel={props.onCancelImport}
          />
        )}
      </section>

      <Retention {...props} />
      <Encryption {...props} />

      <section aria-labelledby="kj-counting-title">
        <h3 id="kj-counting-title">{t('journalCountersTitle')}</h3>
        <label class="kj-check">
          <input
            type="checkbox"
            checked={props.settings.countersEnabled}
            disabled={busy}
            onChange={(event) =>
              props.onUpdateSettings({ countersEnabled: event.currentTarget.checked })
            }
          />
          {t('journalCountersEnable')}
        </label>
        <p class="kj-hint">{t('journalCountersHint')}</p>
      </section>

      <Prompts {...props} />

      <section aria-labelledby="kj-storage-title">
        <h3 id="kj-storage-title">{t('journalStorageTitle')}</h3>
        <p>{props.persist ? t(PERSIST_KEYS[props.persist]) : t('journalPersistUnknown')}</p>
      </section>

      <DeleteEverything {...props} />
    </div>
  );
}

function Retention({ t, settings, busy, onUpdateSettings }: DataPanelProps) {
  const [days, setDays] = useState(String(settings.retentionDays ?? 365));
  const value = Number(days);
  const valid = Number.isInteger(value) && value >= 1 && value <= 3650;
  return (
    <section aria-labelledby="kj-retention-title">
      <h3 id="kj-retention-title">{t('journalRetentionTitle')}</h3>
      <p>
        {settings.retentionDays === null
          ? t('journalRetentionOff')
          : t('journalRetentionOn', String(settings.retentionDays))}
      </p>
      <Field id="kj-retention-days" label={t('journalRetentionDays')} inline>
        <input
          id="kj-retention-days"
          type="number"
          min={1}
          max={3650}
          value={days}
          onInput={(event) => setDays(event.currentTarget.value)}
        />
      </Field>
      <div class="kj-actions">
        <ConfirmAction
          label={t('journalRetentionSet')}
          question={t('journalRetentionConfirm', days)}
          confirmLabel={t('journalRetentionApply')}
          cancelLabel={t('journalCancel')}
          disabled={busy || !valid}
          onConfirm={() => onUpdateSettings({ retentionDays: value })}
        />
        {settings.retentionDays !== null && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onUpdateSettings({ retentionDays: null })}
          >
            {t('journalRetentionKeepAll')}
          </button>
        )}
      </div>
    </section>
  );
}

function Encryption({ t, encryption, busy, ...on }: DataPanelProps) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && passphrase !== repeat;
  const short = passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE_LENGTH;
  return (
    <section aria-labelledby="kj-encryption-title">
      <h3 id="kj-encryption-title">{t('journalEncryptionTitle')}</h3>
      <p class="kj-hint">{t('journalEncryptionWhat')}</p>
      {encryption === 'off' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            on.onEnableEncryption(passphrase);
            setPassphrase('');
            setRepeat('');
          }}
        >
          <Field
            id="kj-new-pass"
            label={t('journalPassphrase')}
            hint={t('journalPassphraseHint', String(MIN_PASSPHRASE_LENGTH))}
          >
            <input
              id="kj-new-pass"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              aria-describedby="kj-new-pass-hint"
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </Field>
          <Field
            id="kj-new-pass-2"
            label={t('journalPassphraseRepeat')}
            hint={mismatch ? t('journalPassphraseMismatch') : undefined}
          >
            <input
              id="kj-new-pass-2"
              type="password"
              autoComplete="new-password"
              value={repeat}
              aria-invalid={mismatch}
              aria-describedby={mismatch ? 'kj-new-pass-2-hint' : undefined}
              onInput={(event) => setRepeat(event.currentTarget.value)}
            />
          </Field>
          <button
            type="submit"
            class="kj-primary"
            disabled={busy || short || passphrase === '' || passphrase !== repeat}
          >
            {t('journalEncryptionEnable')}
          </button>
        </form>
      ) : (
        <div class="kj-actions">
          <span>{t('journalEncryptionIsOn')}</span>
          <button type="button" disabled={busy} onClick={on.onLock}>
            {t('journalLock')}
          </button>
          <button type="button" disabled={busy} onClick={on.onDisableEncryption}>
            {t('journalEncryptionDisable')}
          </button>
        </div>
      )}
    </section>
  );
}

function Prompts({ t, settings, busy, onUpdateSettings }: DataPanelProps) {
  const { checkIn, breakSuggestion } = settings;
  return (
    <section aria-labelledby="kj-prompts-title">
      <h3 id="kj-prompts-title">{t('journalPromptsTitle')}</h3>
      <label class="kj-check">
        <input
          type="checkbox"
          checked={checkIn.enabled}
          disabled={busy}
          onChange={(event) =>
            onUpdateSettings({ checkIn: { enabled: event.currentTarget.checked } })
          }
        />
        {t('journalCheckInEnable')}
      </label>
      <Field id="kj-checkin-time" label={t('journalCheckInTime')} inline>
        <input
          id="kj-checkin-time"
          type="time"
          value={checkIn.time}
          disabled={busy || !checkIn.enabled}
          onChange={(event) => {
            const time = event.currentTarget.value;
            if (time) onUpdateSettings({ checkIn: { time } });
          }}
        />
      </Field>
      <label class="kj-check">
        <input
          type="checkbox"
          checked={checkIn.workdaysOnly}
          disabled={busy || !checkIn.enabled}
          onChange={(event) =>
            onUpdateSettings({ checkIn: { workdaysOnly: event.currentTarget.checked } })
          }
        />
        {t('journalCheckInWorkdays')}
      </label>
      <label class="kj-check">
        <input
          type="checkbox"
          checked={breakSuggestion.enabled}
          disabled={busy}
          onChange={(event) =>
            onUpdateSettings({ breakSuggestion: { enabled: event.currentTarget.checked } })
          }
        />
        {t('journalBreakEnable', String(breakSuggestion.tenseInARow))}
      </label>
      <Field id="kj-break-count" label={t('journalBreakCount')} inline>
        <input
          id="kj-break-count"
          type="number"
          min={2}
          max={20}
          value={breakSuggestion.tenseInARow}
          disabled={busy || !breakSuggestion.enabled}
          onChange={(event) => {
            const count = Number(event.currentTarget.value);
            if (Number.isInteger(count) && count >= 2 && count <= 20) {
              onUpdateSettings({ breakSuggestion: { tenseInARow: count } });
            }
          }}
        />
      </Field>
      <p class="kj-hint">{t('journalPromptsHint')}</p>
    </section>
  );
}

function DeleteEverything({ t, entryCount, busy, onDeleteEverything }: DataPanelProps) {
  return (
    <section aria-labelledby="kj-delete-title" class="kj-danger-zone">
      <h3 id="kj-delete-title">{t('journalDeleteAllTitle')}</h3>
      <ConfirmAction
        label={t('journalDeleteAll')}
        question={t('journalDeleteAllConfirm', String(entryCount))}
        confirmLabel={t('journalDeleteAllYes')}
        cancelLabel={t('journalCancel')}
        disabled={busy}
        danger
        onConfirm={onDeleteEverything}
      />
    </section>
  );
}
