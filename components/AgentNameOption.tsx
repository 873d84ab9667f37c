// The options page's "Your name": the agent's name for sign-offs in suggestions. Saved when
// the field is left or Enter is pressed (the input's change event), not on every key.
import type { Translate } from '@/utils/i18n';
import { AGENT_NAME_MAX } from '@/utils/settings';

export interface AgentNameOptionProps {
  t: Translate;
  name: string;
  onChange(name: string): void;
}

export function AgentNameOption({ t, name, onChange }: AgentNameOptionProps) {
  return (
    <section class="kt-card">
      <h2 id="kt-agent-name">{t('optionsAgentName')}</h2>
      <label class="kt-field">
        <span>{t('optionsAgentNameLabel')}</span>
        <input
          type="text"
          name="agentName"
          autocomplete="name"
          maxLength={AGENT_NAME_MAX}
          value={name}
          aria-describedby="kt-agent-name-text"
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </label>
      <p class="kt-muted" id="kt-agent-name-text">
        {t('optionsAgentNameText')}
      </p>
    </section>
  );
}
