// Packs and settings an IT department installs through browser policy (storage.managed; the
// schema is public/managed_schema.json). The background reads the policy, validates each pack
// like an import, and stores the good ones as managed packs, which the agent cannot remove or
// edit. Settings from policy win over the agent's: they are written into the settings and the
// settings writer refuses to change them back.
import { createChecker, loadPack, type Pack } from '@/rules';
import type { SettingsStorage, SettingsWriter } from '../settings';
import {
  loadPackState,
  managedSettingsFrom,
  PACK_KEYS,
  type ManagedProblem,
  type ManagedSettings,
} from './state';

export interface Policy {
  /** Pack files as text (Chrome's schema allows strings only) or, in Firefox, as objects. */
  packs: string[];
  settings: ManagedSettings;
}

/** The policy in storage.managed's raw contents; unknown or malformed parts are left out. */
export function parsePolicy(raw: unknown): Policy {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const packs = Array.isArray(value.packs)
    ? value.packs.flatMap((entry) =>
        typeof entry === 'string'
          ? [entry]
          : typeof entry === 'object' && entry !== null
            ? [JSON.stringify(entry)]
            : [],
      )
    : [];
  return { packs, settings: managedSettingsFrom(value.settings) };
}

export interface ManagedPacks {
  packs: Pack[];
  problems: ManagedProblem[];
}

/**
 * Validates the policy's packs one by one (with their examples) and keeps those that load and
 * compose with the ones kept before them; the others are reported with their problems.
 */
export function validateManagedPacks(texts: readonly string[]): ManagedPacks {
  const packs: Pack[] = [];
  // What loadPack already validated, so composing does not parse those patterns again.
  const validPatterns: ReadonlySet<string>[] = [];
  const problems: ManagedProblem[] = [];
  texts.forEach((text, index) => {
    const loaded = loadPack(text);
    if (!loaded.ok) {
      problems.push({ index, errors: loaded.errors });
      return;
    }
    const composed = createChecker({
      packs: [...packs, loaded.pack],
      adjustments: {},
      validPatterns: [...validPatterns, loaded.validPatterns],
    });
    if (composed.ok) {
      packs.push(loaded.pack);
      validPatterns.push(loaded.validPatterns);
    } else {
      // Kept as codes like any other problem, so the options page words them in its language.
      const errors = composed.errors.map((e) => ({ ...e, pack: loaded.pack.id }));
      problems.push({ index, errors });
    }
  });
  return { packs, problems };
}

/**
 * Writes the policy's packs and settings: managed packs replace the agent's packs with the same
 * id, and the policy's language and switched-off sites go into the settings.
 */
export async function applyPolicy(
  policy: Policy,
  storage: SettingsStorage,
  settings: SettingsWriter,
): Promise<ManagedPacks> {
  const managed = validateManagedPacks(policy.packs);
  const state = await loadPackState(storage);
  const ids = new Set(managed.packs.map((p) => p.id));
  await storage.set({
    [PACK_KEYS.managed]: managed.packs,
    [PACK_KEYS.managedProblems]: managed.problems,
    [PACK_KEYS.managedSettings]: policy.settings,
    [PACK_KEYS.user]: state.user.filter((p) => !ids.has(p.id)),
  });
  if (policy.settings.uiLanguage) await settings.setUiLanguage(policy.settings.uiLanguage);
  for (const host of policy.settings.disabledHosts ?? []) {
    await settings.setHostEnabled(host, false);
  }
  return managed;
}

/** A settings writer that refuses what the policy fixes; `policy` reads the current one. */
export function policySettingsWriter(
  inner: SettingsWriter,
  policy: () => Promise<ManagedSettings>,
): SettingsWriter {
  return {
    // Settings the policy does not cover pass through unchanged.
    ...inner,
    async setUiLanguage(language) {
      const fixed = (await policy()).uiLanguage;
      if (fixed && fixed !== language) {
        throw new Error('the language is set by your organisation');
      }
      await inner.setUiLanguage(language);
    },
    async setHostEnabled(host, enabled) {
      if (enabled && (await policy()).disabledHosts?.includes(host)) {
        throw new Error(`Klartext is switched off on ${host} by your organisation`);
      }
      await inner.setHostEnabled(host, enabled);
    },
  };
}

/** The storage.managed area, which may be missing (Firefox without a policy throws). */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function readPolicy(area: ManagedArea | undefined): Promise<Policy> {
  try {
    return parsePolicy(area ? await area.get() : {});
  } catch {
    return parsePolicy({});
  }
}
