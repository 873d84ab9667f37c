// Packs as files: a stable text (same pack, same bytes, so a team can review changes in a diff)
// and the agent's local adjustments exported as a pack of their own.
import { BUILTIN_RULES } from '../registry';
import type { Adjustments, Pack, PackMeta, RuleAdjustment } from './types';

// Fields in the order a reader expects them; other keys (maps by pattern or rule id) follow,
// sorted.
const KEY_ORDER = [
  '$schema',
  'schemaVersion',
  'id',
  'name',
  'version',
  'description',
  'author',
  'license',
  'languages',
  'allowlist',
  'builtins',
  'rules',
  'kind',
  'category',
  'severity',
  'enabled',
  'options',
  'measure',
  'min',
  'max',
  'messages',
  'rationale',
  'source',
  'patterns',
  'except',
  'replacements',
  'when',
  'examples',
  'de',
  'en',
  'valid',
  'invalid',
  'draft',
  'customer',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy with object keys in the canonical order (undefined values dropped, like JSON). */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source).sort(compareKeys)) {
    if (source[key] !== undefined) out[key] = ordered(source[key]);
  }
  return out;
}

/** Compact JSON with canonical key order: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(ordered(value)) ?? 'undefined';
}

/** The pack as a file: canonical key order, two-space indent, final newline. */
export function serializePack(pack: Pack): string {
  return `${JSON.stringify(ordered(pack), null, 2)}\n`;
}

export const ADJUSTMENTS_PACK: PackMeta = {
  id: 'my-adjustments',
  name: 'My adjustments',
  version: '1.0.0',
  description: 'Rules switched off or re-levelled and words allowed, exported from Klartext.',
  author: 'Klartext user',
  license: 'CC0-1.0',
  languages: ['de', 'en'],
};

export interface ExportedAdjustments {
  pack: Pack;
  /** Adjusted rules that are not built-in (they belong to a pack and cannot travel alone). */
  omitted: string[];
}

/** The local adjustments of built-in rules and the allowlist, as a pack to share. */
export function adjustmentsToPack(
  adjustments: Adjustments,
  meta: Partial<PackMeta> = {},
): ExportedAdjustments {
  const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
  const builtins: Record<string, RuleAdjustment> = {};
  const omitted: string[] = [];
  for (const [id, adj] of Object.entries(adjustments.rules ?? {})) {
    if (!builtinIds.has(id)) {
      omitted.push(id);
      continue;
    }
    const kept: RuleAdjustment = {};
    if (adj.enabled !== undefined) kept.enabled = adj.enabled;
    if (adj.severity !== undefined) kept.severity = adj.severity;
    const except = Object.fromEntries(
      Object.entries(adj.options?.except ?? {}).filter(([, list]) => list && list.length > 0),
    );
    if (Object.keys(except).length > 0) kept.options = { except };
    if (Object.keys(kept).length > 0) builtins[id] = kept;
  }
  const allowlist = [...new Set(adjustments.allowlist ?? [])];
  const pack: Pack = {
    schemaVersion: 1,
    ...ADJUSTMENTS_PACK,
    ...meta,
    ...(allowlist.length > 0 ? { allowlist } : {}),
    ...(Object.keys(builtins).length > 0 ? { builtins } : {}),
    rules: [],
  };
  return { pack, omitted };
}
