// loadPack: from untrusted text to a pack that is safe to install, or to a list of problems,
// each naming what is wrong and where (JSON pointer plus line:column). Order matters: the size
// is checked before parsing, the schema before anything reads fields, the patterns before they
// are compiled, and the pack's own examples last, on a checker with the pack applied.
import { ParseCache } from '../engine/pattern';
import { LANGS, type Lang } from '../engine/types';
import { runCheck } from '../engine/engine';
import { BUILTIN_RULES } from '../registry';
import schemaDocument from './pack.schema.json' with { type: 'json' };
import { allowlistPattern, applyAllowlist } from './allowlist';
import { compose, WORD_SETS } from './compose';
import { lineColumn, locatePointers, parseJson, pointerSegment, type JsonResult } from './json';
import { checkPattern, LIMITS, MAX_PACK_BYTES } from './limits';
import { ruleLanguages, takesExceptions } from './pack-rules';
import { problemAt, type PackProblem, type ProblemCode, type ProblemData } from './problems';
import { SchemaValidator, type Schema } from './schema';
import type { ByLang, LoadResult, Pack, PackRule } from './types';

export const SCHEMA_VERSION = 1;
// Pure: a bundle that never calls loadPack (the sidebar content script) drops the schema.
const validator = /* @__PURE__ */ new SchemaValidator(schemaDocument as Schema);
const BUILTINS = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
/** Markup in a text field: harmless (shown as text), but worth a word to the pack's author. */
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript:/i;
const MAX_EXAMPLE_ERRORS = 100;

export interface LoadOptions {
  /** Run the pack's examples (default true). Installing always should; re-loading a pack that
   * was already checked at import may skip them. */
  examples?: boolean;
}

class Problems {
  readonly errors: PackProblem[] = [];
  readonly warnings: PackProblem[] = [];
  /** Set once the text parsed: only then can pointers be turned into line:column. */
  parsed = false;
  error<C extends ProblemCode>(path: string, code: C, data: ProblemData[C]): void {
    this.errors.push(problemAt(path, code, data));
  }
  warn<C extends ProblemCode>(path: string, code: C, data: ProblemData[C]): void {
    this.warnings.push(problemAt(path, code, data));
  }
}

/** Every pattern list of a rule with its pointer: patterns, exceptions and conditions. */
function patternLists(rule: PackRule, at: string): { path: string; lists: ByLang<string[]> }[] {
  const out: { path: string; lists: ByLang<string[]> }[] = [];
  if (rule.kind === 'measure') return out;
  out.push({ path: `${at}/patterns`, lists: rule.patterns });
  if (rule.except) out.push({ path: `${at}/except`, lists: rule.except });
  if (rule.kind === 'required') {
    if (rule.when?.customer) out.push({ path: `${at}/when/customer`, lists: rule.when.customer });
    if (rule.when?.draft) out.push({ path: `${at}/when/draft`, lists: rule.when.draft });
  }
  return out;
}

class PatternBudget {
  patterns = 0;
  edges = 0;
  /** Kept for compiling, which then need not parse them first to be sure. */
  readonly valid = new Set<string>();
  /** Word sets and repeated items are parsed once for the whole pack. */
  private readonly cache = new ParseCache(WORD_SETS);
  constructor(private readonly p: Problems) {}

  /** `builtin`: the lists are a built-in rule's extra exceptions. */
  check(lists: ByLang<string[]>, path: string, rule: string, builtin = false): void {
    for (const lang of LANGS) {
      (lists[lang] ?? []).forEach((source, i) => {
        this.patterns++;
        const checked = checkPattern(source, WORD_SETS, this.cache);
        if ('what' in checked) {
          const owner = builtin ? { rule, builtin } : { rule };
          this.p.error(`${path}/${lang}/${i}`, 'pattern', {
            ...owner,
            list: 'pattern',
            pattern: source,
            fault: checked,
          });
        } else {
          this.edges += checked.edges;
          this.valid.add(source);
        }
      });
    }
  }

  finish(): void {
    if (this.patterns > LIMITS.patterns) {
      this.p.error('/rules', 'too-many-patterns', { count: this.patterns, max: LIMITS.patterns });
    }
    if (this.edges > LIMITS.trieEdges) {
      this.p.error('/rules', 'too-many-edges', { count: this.edges, max: LIMITS.trieEdges });
    }
  }
}

function checkRule(
  rule: PackRule,
  i: number,
  pack: Pack,
  p: Problems,
  budget: PatternBudget,
  covered: ReadonlySet<Lang>,
): void {
  const at = `/rules/${i}`;
  const id = rule.id;
  const langs = ruleLanguages(rule);
  const lists = patternLists(rule, at);
  const listsByPath: [string, ByLang<unknown> | undefined][] =
    rule.kind === 'measure'
      ? [
          ['max', rule.max],
          ['min', rule.min],
        ]
      : lists.map((l) => [l.path.slice(at.length + 1), l.lists]);
  for (const [name, byLang] of listsByPath) {
    for (const lang of LANGS) {
      if (byLang?.[lang] !== undefined && !covered.has(lang)) {
        p.error(`${at}/${name}/${lang}`, 'language-not-in-pack', {
          rule: id,
          lang,
          languages: pack.languages,
        });
      }
    }
  }
  if (rule.kind === 'measure') {
    if (langs.length === 0) p.error(`${at}/max`, 'needs-threshold', { rule: id });
    if (rule.min && !['draft-words', 'draft-sentences'].includes(rule.measure)) {
      p.error(`${at}/min`, 'min-not-supported', { rule: id });
    }
  } else {
    for (const list of lists) budget.check(list.lists, list.path, id);
    if (rule.kind === 'phrases') {
      for (const lang of LANGS) {
        for (const key of Object.keys(rule.replacements?.[lang] ?? {})) {
          if (!(rule.patterns[lang] ?? []).includes(key)) {
            p.error(
              `${at}/replacements/${lang}/${pointerSegment(key)}`,
              'replacement-without-pattern',
              { rule: id, key, lang },
            );
          }
        }
      }
    }
  }
  for (const lang of LANGS) {
    const examples = rule.examples[lang];
    if (langs.includes(lang) && !examples) {
      p.error(`${at}/examples/${lang}`, 'examples-missing', { rule: id, lang });
    }
    if (examples && !langs.includes(lang)) {
      const measure = rule.kind === 'measure';
      p.error(`${at}/examples/${lang}`, 'examples-never-fire', { rule: id, lang, measure });
    }
  }
}

function checkBuiltins(pack: Pack, p: Problems, budget: PatternBudget): void {
  for (const [id, adj] of Object.entries(pack.builtins ?? {})) {
    const at = `/builtins/${pointerSegment(id)}`;
    const rule = BUILTINS.get(id);
    if (!rule) {
      p.warn(at, 'unknown-builtin', { rule: id });
      continue;
    }
    if (adj.options?.except) {
      if (!takesExceptions(rule)) {
        p.warn(`${at}/options/except`, 'exceptions-unused', { rule: id });
      }
      budget.check(adj.options.except, `${at}/options/except`, id, true);
    }
  }
}

function checkMarkup(pack: Pack, p: Problems): void {
  const look = (path: string, text: string | undefined) => {
    const m = text === undefined ? null : MARKUP.exec(text);
    if (m) p.warn(path, 'markup', { found: m[0] });
  };
  for (const field of ['name', 'description', 'author', 'license'] as const)
    look(`/${field}`, pack[field]);
  pack.rules.forEach((rule, i) => {
    for (const lang of LANGS) {
      look(`/rules/${i}/messages/${lang}`, rule.messages[lang]);
      look(`/rules/${i}/rationale/${lang}`, rule.rationale[lang]);
      if (rule.kind !== 'phrases') continue;
      for (const [key, texts] of Object.entries(rule.replacements?.[lang] ?? {})) {
        texts.forEach((t, j) =>
          look(`/rules/${i}/replacements/${lang}/${pointerSegment(key)}/${j}`, t),
        );
      }
    }
  });
}

/** Checks that need the validated shape: ids, languages, examples present, patterns, limits. */
function checkSemantics(pack: Pack, p: Problems): ReadonlySet<string> {
  const budget = new PatternBudget(p);
  const covered = new Set<Lang>(pack.languages);
  const firstAt = new Map<string, number>();
  pack.rules.forEach((rule, i) => {
    const earlier = firstAt.get(rule.id);
    if (earlier !== undefined) {
      p.error(`/rules/${i}/id`, 'rule-id-twice', { rule: rule.id, first: earlier });
    } else {
      firstAt.set(rule.id, i);
    }
    if (BUILTINS.has(rule.id)) {
      p.error(`/rules/${i}/id`, 'rule-id-taken', { rule: rule.id });
    }
    checkRule(rule, i, pack, p, budget, covered);
  });
  checkBuiltins(pack, p, budget);
  (pack.allowlist ?? []).forEach((entry, i) => {
    const result = allowlistPattern(entry);
    if ('problem' in result)
      p.error(`/allowlist/${i}`, 'allowlist-entry', { entry, ...result.problem });
  });
  budget.finish();
  checkMarkup(pack, p);
  return budget.valid;
}

/** Runs every example of the pack's rules on a checker with the pack applied. */
function checkExamples(pack: Pack, validPatterns: ReadonlySet<string>, p: Problems): void {
  const composed = compose({ packs: [pack], validPatterns: [validPatterns] });
  if (Array.isArray(composed)) {
    p.errors.push(...composed);
    return;
  }
  const { packCompiled, engineRules, allow } = composed;
  let failures = 0;
  pack.rules.forEach((packRule, i) => {
    const rule = engineRules.get(packRule.id)!;
    // Rules do not see each other: running one (plus the allowlist) decides whether it fires.
    const alone = { ...packCompiled, rules: allow ? [rule, allow] : [rule] };
    for (const lang of LANGS) {
      const examples = packRule.examples[lang];
      if (!examples || !rule.languages.includes(lang)) continue;
      for (const kind of ['invalid', 'valid'] as const) {
        examples[kind].forEach((example, j) => {
          if (failures >= MAX_EXAMPLE_ERRORS) return;
          const input = { draft: example.draft, customer: example.customer, lang };
          const findings = applyAllowlist(runCheck(alone, input).findings).filter(
            (f) => f.ruleId === rule.id,
          );
          const at = `/rules/${i}/examples/${lang}/${kind}/${j}`;
          if (kind === 'invalid' && findings.length === 0) {
            failures++;
            p.error(at, 'example-does-not-fire', { rule: rule.id, lang, draft: example.draft });
          } else if (kind === 'valid' && findings.length > 0) {
            failures++;
            const hit = example.draft.slice(findings[0]!.start, findings[0]!.end);
            p.error(at, 'example-fires', { rule: rule.id, lang, hit, draft: example.draft });
          }
        });
      }
    }
  });
  if (failures >= MAX_EXAMPLE_ERRORS)
    p.error('/rules', 'too-many-failures', { max: MAX_EXAMPLE_ERRORS });
}

/** Only a syntax error is "invalid JSON"; too deep or a repeated key is valid JSON refused. */
function jsonProblem(text: string, failure: Extract<JsonResult, { ok: false }>): PackProblem {
  const { fault, path } = failure;
  switch (fault.kind) {
    case 'syntax':
      return problemAt(path, 'invalid-json', fault.syntax);
    case 'depth':
      return problemAt(path, 'too-deep', { max: fault.max });
    case 'forbidden-key':
      return problemAt(path, 'forbidden-key', { key: fault.key });
    case 'duplicate-key':
      return problemAt(path, 'duplicate-key', { key: fault.key, ...lineColumn(text, fault.first) });
  }
}

function withPositions(text: string, problems: PackProblem[]): PackProblem[] {
  if (problems.length === 0) return problems;
  const offsets = locatePointers(
    text,
    problems.map((e) => e.path),
  );
  return problems.map((e) => ({ ...e, ...lineColumn(text, offsets.get(e.path) ?? 0) }));
}

interface Loaded {
  pack: Pack;
  validPatterns: ReadonlySet<string>;
}

function run(text: string, options: LoadOptions, p: Problems): Loaded | undefined {
  if (text.length > MAX_PACK_BYTES) {
    p.error('', 'too-large', { bytes: text.length, max: MAX_PACK_BYTES });
    return undefined;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    p.errors.push({ ...jsonProblem(text, parsed), ...lineColumn(text, parsed.offset) });
    return undefined;
  }
  p.parsed = true;
  const value = parsed.value as Record<string, unknown>;
  const version = typeof value === 'object' && value !== null ? value.schemaVersion : undefined;
  // A version past 2^53 is no version at all: the schema's "must be 1" says so better.
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > SCHEMA_VERSION) {
    p.error('/schemaVersion', 'newer-schema', { version, supported: SCHEMA_VERSION });
    return undefined;
  }
  p.errors.push(...validator.validate(parsed.value));
  if (p.errors.length > 0) return undefined;
  const pack = parsed.value as Pack;
  const validPatterns = checkSemantics(pack, p);
  if (p.errors.length > 0) return undefined;
  if (options.examples !== false) checkExamples(pack, validPatterns, p);
  return p.errors.length > 0 ? undefined : { pack, validPatterns };
}

/**
 * Validates a pack file's text. Pure: nothing is installed or changed, whatever the outcome.
 * The pack comes back as plain data in objects without a prototype; its strings are text to
 * show, never markup to render.
 */
export function loadPack(text: string, options: LoadOptions = {}): LoadResult {
  const p = new Problems();
  if (typeof text !== 'string') {
    return { ok: false, errors: [problemAt('', 'not-text', {})], warnings: [] };
  }
  const loaded = run(text, options, p);
  const locate = (problems: PackProblem[]) => (p.parsed ? withPositions(text, problems) : problems);
  if (!loaded) return { ok: false, errors: locate(p.errors), warnings: locate(p.warnings) };
  return { ok: true, ...loaded, warnings: locate(p.warnings) };
}
