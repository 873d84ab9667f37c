// Asks for the passphrase of an encrypted journal.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { Field } from './controls';

export interface UnlockFormProps {
  t: Translate;
  busy: boolean;
  onUnlock(passphrase: string): void;
}

export function UnlockForm({ t, busy, onUnlock }: UnlockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      class="kj-card kj-unlock"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <h2>{t('journalLockedTitle')}</h2>
      <p>{t('journalLockedText')}</p>
      <Field id="kj-unlock-pass" label={t('journalPassphrase')}>
        <input
          id="kj-unlock-pass"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="kj-primary" disabled={busy || passphrase === ''}>
        {t('journalUnlock')}
      </button>
    </form>
  );
}
