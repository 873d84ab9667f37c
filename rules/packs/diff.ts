// What an import would change, for the preview the agent confirms: rules added, removed and
// changed (and which fields), built-in adjustments and allowlist entries, metadata.
import { canonicalJson } from './export';
import type { Pack, PackRule, RuleAdjustment } from './types';

export interface RuleSummary {
  id: string;
  kind: PackRule['kind'];
  category: PackRule['category'];
  severity: PackRule['severity'];
}

export interface PackDiff {
  /** The installed version, or undefined for a new pack. */
  from: string | undefined;
  to: string;
  /** incoming.version is lower than the installed one. */
  downgrade: boolean;
  /** Top-level fields (name, description, author, license, languages) that differ. */
  metadata: string[];
  added: RuleSummary[];
  removed: RuleSummary[];
  changed: (RuleSummary & { fields: string[] })[];
  unchanged: number;
  builtins: { added: string[]; removed: string[]; changed: string[] };
  allowlist: { added: string[]; removed: string[] };
}

const META = ['name', 'description', 'author', 'license', 'languages'] as const;

function summary(rule: PackRule): RuleSummary {
  return { id: rule.id, kind: rule.kind, category: rule.category, severity: rule.severity };
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Fields of two versions of one rule that differ, in a stable order. */
function changedFields(a: PackRule, b: PackRule): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter(
      (k) =>
        !same(
          (a as unknown as Record<string, unknown>)[k],
          (b as unknown as Record<string, unknown>)[k],
        ),
    )
    .sort();
}

/** Semver precedence of the numeric core (pre-release sorts before its release). */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('+')[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function diffKeys<T>(
  a: Record<string, T> | undefined,
  b: Record<string, T> | undefined,
): { added: string[]; removed: string[]; changed: string[] } {
  const before = a ?? {};
  const after = b ?? {};
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  return {
    added: Object.keys(after)
      .filter((k) => !has(before, k))
      .sort(),
    removed: Object.keys(before)
      .filter((k) => !has(after, k))
      .sort(),
    changed: Object.keys(after)
      .filter((k) => has(before, k) && !same(before[k], after[k]))
      .sort(),
  };
}

/** Compares the installed version of a pack (or nothing) with the one being imported. */
export function diffPacks(installed: Pack | undefined, incoming: Pack): PackDiff {
  const old = new Map((installed?.rules ?? []).map((r) => [r.id, r]));
  const now = new Map(incoming.rules.map((r) => [r.id, r]));
  const changed: PackDiff['changed'] = [];
  let unchanged = 0;
  for (const [id, rule] of now) {
    const before = old.get(id);
    if (!before) continue;
    const fields = changedFields(before, rule);
    if (fields.length > 0) changed.push({ ...summary(rule), fields });
    else unchanged++;
  }
  const beforeAllow = new Set(installed?.allowlist ?? []);
  const afterAllow = new Set(incoming.allowlist ?? []);
  return {
    from: installed?.version,
    to: incoming.version,
    downgrade: installed !== undefined && compareVersions(incoming.version, installed.version) < 0,
    metadata: installed ? META.filter((k) => !same(installed[k], incoming[k])) : [],
    added: incoming.rules.filter((r) => !old.has(r.id)).map(summary),
    removed: (installed?.rules ?? []).filter((r) => !now.has(r.id)).map(summary),
    changed,
    unchanged,
    builtins: diffKeys<RuleAdjustment>(installed?.builtins, incoming.builtins),
    allowlist: {
      added: [...afterAllow].filter((w) => !beforeAllow.has(w)),
      removed: [...beforeAllow].filter((w) => !afterAllow.has(w)),
    },
  };
}
