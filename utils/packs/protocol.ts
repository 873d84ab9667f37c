// The rule-pack part of the message protocol (joined into Request in utils/messages.ts):
// requests from the options page and the sidebar that change installed packs or the agent's
// local adjustments. The background validates each one before it stores anything.
import type { Severity } from '@/rules';
import type { PackWriter } from './writer';

export type PackRequest =
  | { kind: 'install-pack'; text: string }
  | { kind: 'remove-pack'; id: string }
  | { kind: 'set-rule-adjustment'; ruleId: string; enabled?: boolean; severity?: Severity | null }
  | { kind: 'set-allowlist-entry'; entry: string; allowed: boolean };

export type PackRequestKind = PackRequest['kind'];

type Done = { ok: true } | { ok: false; error: string };

export type PackResponses = { [K in PackRequestKind]: Done };

const isSeverity = (value: unknown): value is Severity => value === 'hint' || value === 'warning';

/** The pack request in `value`, or undefined when it is not one. */
export function parsePackRequest(value: Record<string, unknown>): PackRequest | undefined {
  switch (value.kind as PackRequestKind) {
    case 'install-pack':
      return typeof value.text === 'string'
        ? { kind: 'install-pack', text: value.text }
        : undefined;
    case 'remove-pack':
      return typeof value.id === 'string' && value.id
        ? { kind: 'remove-pack', id: value.id }
        : undefined;
    case 'set-rule-adjustment': {
      const { ruleId, enabled, severity } = value;
      if (typeof ruleId !== 'string' || !ruleId) return undefined;
      if (enabled !== undefined && typeof enabled !== 'boolean') return undefined;
      if (severity !== undefined && severity !== null && !isSeverity(severity)) return undefined;
      const request: PackRequest = { kind: 'set-rule-adjustment', ruleId };
      if (enabled !== undefined) request.enabled = enabled;
      if (severity !== undefined) request.severity = severity;
      return request;
    }
    case 'set-allowlist-entry':
      return typeof value.entry === 'string' &&
        value.entry.trim() !== '' &&
        typeof value.allowed === 'boolean'
        ? { kind: 'set-allowlist-entry', entry: value.entry, allowed: value.allowed }
        : undefined;
    default:
      return undefined;
  }
}

/** Carries out a pack request; throws with a message in plain words when it is refused. */
export async function handlePackRequest(request: PackRequest, packs: PackWriter): Promise<void> {
  switch (request.kind) {
    case 'install-pack':
      return packs.install(request.text);
    case 'remove-pack':
      return packs.remove(request.id);
    case 'set-rule-adjustment':
      return packs.setRule(request.ruleId, {
        enabled: request.enabled,
        severity: request.severity,
      });
    case 'set-allowlist-entry':
      return packs.setAllowed(request.entry, request.allowed);
    default: {
      const never: never = request;
      throw new Error(`unhandled pack request: ${JSON.stringify(never)}`);
    }
  }
}
