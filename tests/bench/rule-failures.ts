// The engine keeps going when one rule throws: it logs "klartext: rule <id> failed" and skips
// that rule. The bench counts those logs, so a crashing rule is reported, not scrolled past.
const FAILED = /^klartext: rule (\S+) failed/;

export interface RuleFailureWatch {
  counts: Record<string, number>;
  stop(): void;
}

export function watchRuleFailures(): RuleFailureWatch {
  const original = console.error;
  const counts: Record<string, number> = {};
  console.error = (...args: unknown[]) => {
    const id = typeof args[0] === 'string' ? FAILED.exec(args[0])?.[1] : undefined;
    if (id) counts[id] = (counts[id] ?? 0) + 1;
    else original(...args);
  };
  return { counts, stop: () => (console.error = original) };
}

export function describeRuleFailures(counts: Record<string, number>): string | undefined {
  const entries = Object.entries(counts);
  if (entries.length === 0) return undefined;
  return entries.map(([id, n]) => `${id} ×${n}`).join(', ');
}
