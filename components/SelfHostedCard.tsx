// The options page's card for self-hosted helpdesks: add a domain (Klartext then asks the
// browser for access to that one site), see the added ones, remove one (access goes back).
// Props in, events out.
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '@/utils/i18n';

export interface SelfHostedCardProps {
  t: Translate;
  /** What each added site is called in the list (a host name, or http://host). */
  sites: readonly string[];
  /** The last problem: a message key (input errors) or undefined. */
  error: MessageKey | undefined;
  busy: boolean;
  /**
   * What the browser will be asked for if `input` is added (a site pattern such as
   * https://helpdesk.example.com/*), or undefined while the input is not a site yet.
   */
  accessFor(input: string): string | undefined;
  /** Adds what was typed; answers whether it worked (then the field is cleared). */
  onAdd(input: string): Promise<boolean>;
  onRemove(label: string): void;
}

export function SelfHostedCard({
  t,
  sites,
  error,
  busy,
  accessFor,
  onAdd,
  onRemove,
}: SelfHostedCardProps) {
  const [input, setInput] = useState('');
  const access = input.trim() ? accessFor(input) : undefined;
  return (
    <section
      class="kt-card kt-self-hosted"
      data-klartext-self-hosted=""
      aria-labelledby="kt-self-hosted-title"
    >
      <h2 id="kt-self-hosted-title">{t('selfHostedTitle')}</h2>
      <p class="kt-muted">{t('selfHostedIntro')}</p>
      <form
        class="kt-self-hosted-form"
        onSubmit={(event) => {
          event.preventDefault();
          // onAdd asks for the permission first thing, still inside this user gesture.
          void onAdd(input).then((added) => {
            if (added) setInput('');
          });
        }}
      >
        <label for="kt-self-hosted-input">{t('selfHostedLabel')}</label>
        <div class="kt-self-hosted-row">
          <input
            id="kt-self-hosted-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="helpdesk.example.com"
            value={input}
            aria-invalid={error !== undefined}
            aria-describedby={
              error ? 'kt-self-hosted-error' : access ? 'kt-self-hosted-access' : undefined
            }
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('selfHostedAdd')}
          </button>
        </div>
        {error && (
          <p id="kt-self-hosted-error" class="kt-self-hosted-error" role="alert">
            {t(error)}
          </p>
        )}
        {!error && access && (
          <p id="kt-self-hosted-access" class="kt-muted" data-klartext-access="">
            {t('selfHostedWillAsk', access)}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="kt-muted">{t('selfHostedNone')}</p>
      ) : (
        <ul class="kt-sites">
          {sites.map((label) => (
            <li key={label} data-klartext-self-hosted-site={label}>
              <span class="kt-host">{label}</span>
              <button
                type="button"
                aria-label={t('selfHostedRemoveLabel', label)}
                disabled={busy}
                onClick={() => onRemove(label)}
              >
                {t('selfHostedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
