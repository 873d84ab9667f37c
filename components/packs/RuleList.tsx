// Every rule with its switch and level: built-in rules grouped by category, then each pack's
// rules. Built-ins can only be switched off or re-levelled; rules of the agent's own packs can
// also be edited.
import { CATEGORIES, type Category, type ComposedRule, type Lang, type Severity } from '@/rules';
import type { Translate } from '@/utils/i18n';
import { CATEGORY_LABELS } from '../labels';

export interface RuleListProps {
  t: Translate;
  lang: Lang;
  rules: readonly ComposedRule[];
  /** Pack ids the agent may edit (not managed). */
  editable: ReadonlySet<string>;
  packNames: ReadonlyMap<string, string>;
  onEnabled(ruleId: string, enabled: boolean): void;
  onSeverity(rule: ComposedRule, severity: Severity): void;
  onEdit(packId: string, ruleId: string): void;
}

function RuleRow({ t, lang, rule, editable, onEnabled, onSeverity, onEdit }: RuleRowProps) {
  const id = `kt-rule-${rule.origin}-${rule.id}`;
  return (
    <li
      class="kt-rule"
      data-klartext-rule={rule.id}
      data-enabled={String(rule.enabled)}
      data-severity={rule.severity}
    >
      <label class="kt-rule-switch">
        <input
          type="checkbox"
          checked={rule.enabled}
          aria-describedby={`${id}-message`}
          onChange={(event) => onEnabled(rule.id, event.currentTarget.checked)}
        />
        <code>{rule.id}</code>
      </label>
      <select
        aria-label={t('ruleSeverityLabel', rule.id)}
        value={rule.severity}
        onChange={(event) => onSeverity(rule, event.currentTarget.value as Severity)}
      >
        <option value="hint">{t('severityHint')}</option>
        <option value="warning">{t('severityWarning')}</option>
      </select>
      {editable && rule.packId && (
        <button
          type="button"
          data-klartext-action="edit-rule"
          aria-label={t('ruleEditLabel', rule.id)}
          onClick={() => onEdit(rule.packId!, rule.id)}
        >
          {t('ruleEdit')}
        </button>
      )}
      <p class="kt-muted kt-rule-message" id={`${id}-message`}>
        {rule.messages[lang]}
        {rule.offByDefault && ` ${t('ruleOffByDefault')}`}
      </p>
    </li>
  );
}

interface RuleRowProps {
  t: Translate;
  lang: Lang;
  rule: ComposedRule;
  editable: boolean;
  onEnabled(ruleId: string, enabled: boolean): void;
  onSeverity(rule: ComposedRule, severity: Severity): void;
  onEdit(packId: string, ruleId: string): void;
}

function Group(props: RuleListProps & { title: string; rules: readonly ComposedRule[] }) {
  if (props.rules.length === 0) return null;
  return (
    <details class="kt-rule-group" open>
      <summary>
        {props.title} <span class="kt-muted">({props.rules.length})</span>
      </summary>
      <ul class="kt-rules">
        {props.rules.map((rule) => (
          <RuleRow
            key={rule.id}
            {...props}
            rule={rule}
            editable={rule.packId !== undefined && props.editable.has(rule.packId)}
          />
        ))}
      </ul>
    </details>
  );
}

export function RuleList(props: RuleListProps) {
  const { t, rules, packNames } = props;
  const builtins = rules.filter((r) => r.origin === 'builtin');
  const byCategory = (category: Category) => builtins.filter((r) => r.category === category);
  const packIds = [...new Set(rules.flatMap((r) => (r.packId ? [r.packId] : [])))];
  return (
    <section class="kt-card" aria-labelledby="kt-rules-title">
      <h2 id="kt-rules-title">{t('rulesTitle')}</h2>
      <p class="kt-muted">{t('rulesIntro')}</p>
      <h3>{t('rulesBuiltin')}</h3>
      {CATEGORIES.map((category) => (
        <Group
          key={category}
          {...props}
          title={t(CATEGORY_LABELS[category])}
          rules={byCategory(category)}
        />
      ))}
      {packIds.map((packId) => (
        <div key={packId} data-klartext-pack-rules={packId}>
          <h3>{t('rulesOfPack', packNames.get(packId) ?? packId)}</h3>
          <Group {...props} title={packId} rules={rules.filter((r) => r.packId === packId)} />
        </div>
      ))}
    </section>
  );
}
