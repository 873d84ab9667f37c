// The options page's content: language choice, sites where Klartext is off, the agent's name
// for sign-offs, the shortcut.
import type { ComponentChildren } from 'preact';
import type { Translate } from '@/utils/i18n';
import { UI_LANGUAGES, type Settings, type UiLanguage } from '@/utils/settings';
import { Logo } from './icons';
import { NotesOption } from './NotesOption';
import { AgentNameOption } from './AgentNameOption';

export interface OptionsProps {
  t: Translate;
  settings: Settings;
  onUiLanguage(language: UiLanguage): void;
  onEnableSite(host: string): void;
  onCheckInternalNotes(check: boolean): void;
  onAgentName(name: string): void;
  /** More sections (rule packs, self-hosted helpdesks), shown before the shortcut. */
  children?: ComponentChildren;
}

const LANGUAGE_LABELS = { auto: 'languageAuto', de: 'languageDe', en: 'languageEn' } as const;

export function Options({
  t,
  settings,
  onUiLanguage,
  onEnableSite,
  onCheckInternalNotes,
  onAgentName,
  children,
}: OptionsProps) {
  return (
    <div class="kt-options">
      <header class="kt-options-head">
        <Logo />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="kt-options-intro">{t('optionsIntro')}</p>

      <section class="kt-card">
        <h2 id="kt-language">{t('optionsLanguage')}</h2>
        <div class="kt-radios" role="radiogroup" aria-labelledby="kt-language">
          {UI_LANGUAGES.map((language) => (
            <label key={language} class="kt-radio">
              <input
                type="radio"
                name="uiLanguage"
                value={language}
                checked={settings.uiLanguage === language}
                onChange={() => onUiLanguage(language)}
              />
              {t(LANGUAGE_LABELS[language])}
            </label>
          ))}
        </div>
      </section>

      <section class="kt-card">
        <h2>{t('optionsSites')}</h2>
        {settings.disabledHosts.length === 0 ? (
          <p class="kt-muted">{t('optionsNoSites')}</p>
        ) : (
          <ul class="kt-sites">
            {settings.disabledHosts.map((host) => (
              <li key={host} data-klartext-disabled-host={host}>
                <span class="kt-host">{host}</span>
                <button
                  type="button"
                  aria-label={t('optionsEnableSiteLabel', host)}
                  onClick={() => onEnableSite(host)}
                >
                  {t('optionsEnableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {children}

      <NotesOption t={t} checked={settings.checkInternalNotes} onChange={onCheckInternalNotes} />

      <AgentNameOption t={t} name={settings.agentName} onChange={onAgentName} />

      <section class="kt-card">
        <h2>{t('optionsShortcut')}</h2>
        <p class="kt-muted">{t('optionsShortcutText')}</p>
      </section>
    </div>
  );
}
