// Interleaved timing: every round walks all drafts, and on each draft runs every tool in an
// order that rotates per round and draft, so drift on a shared machine (thermal, neighbours,
// GC) lands on all tools alike. Klartext is cheap, so it runs several times per visit.
import { BUCKETS, type BenchDraft, type Bucket } from './drafts';
import { summarize, timed, type Summary } from './stats';
import type { Tool } from './references';
import type { Lang } from '../../rules/index';

export interface SpeedOptions {
  rounds: number;
  warmup: number;
  /** Klartext checks per draft visit (references: one). */
  oursPerVisit: number;
}

export interface ToolCell extends Summary {
  findings: number;
  /** The tool was not built for this language: the figure is throughput on foreign text. */
  foreign: boolean;
}

export interface SpeedCell {
  lang: Lang;
  bucket: Bucket;
  chars: number[];
  tools: Record<string, ToolCell>;
}

export interface SpeedResult {
  cells: SpeedCell[];
  /** Messages of checks that threw, per tool; any from Klartext fails the bench. */
  errors: { tool: string; lang: Lang; bucket: Bucket; message: string }[];
}

export async function runSpeed(
  ours: Tool,
  refs: Tool[],
  drafts: BenchDraft[],
  opts: SpeedOptions,
): Promise<SpeedResult> {
  const tools = [ours, ...refs];
  const samples = new Map<string, number[]>();
  const findings = new Map<string, number[]>();
  const broken = new Set<string>();
  const errors: SpeedResult['errors'] = [];
  const key = (t: Tool, d: BenchDraft) => `${t.name}|${d.lang}|${d.bucket}`;

  const visit = async (tool: Tool, d: BenchDraft, times: number, record: boolean) => {
    const k = key(tool, d);
    if (broken.has(k)) return;
    for (let i = 0; i < times; i++) {
      try {
        const { value, ms } = await timed(() => tool.run(d.draft));
        if (!record) continue;
        (samples.get(k) ?? samples.set(k, []).get(k)!).push(ms);
        (findings.get(k) ?? findings.set(k, []).get(k)!).push(value);
      } catch (error) {
        broken.add(k);
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ tool: tool.name, lang: d.lang, bucket: d.bucket, message });
        return;
      }
    }
  };

  for (let round = -opts.warmup; round < opts.rounds; round++) {
    const record = round >= 0;
    for (const [di, d] of drafts.entries()) {
      const shift = (Math.max(round, 0) + di) % tools.length;
      const order = [...tools.slice(shift), ...tools.slice(0, shift)];
      for (const tool of order) await visit(tool, d, tool === ours ? opts.oursPerVisit : 1, record);
    }
  }

  const cells: SpeedCell[] = [];
  for (const lang of ['en', 'de'] as const) {
    for (const bucket of BUCKETS) {
      const inCell = drafts.filter((d) => d.lang === lang && d.bucket === bucket);
      if (inCell.length === 0) continue;
      const cell: SpeedCell = { lang, bucket, chars: inCell.map((d) => d.draft.length), tools: {} };
      for (const tool of tools) {
        const k = `${tool.name}|${lang}|${bucket}`;
        const s = samples.get(k);
        if (!s || s.length === 0) continue;
        const f = summarize(findings.get(k) ?? []);
        cell.tools[tool.name] = {
          ...summarize(s),
          findings: f.median,
          foreign: !tool.langs.includes(lang),
        };
      }
      cells.push(cell);
    }
  }
  return { cells, errors };
}
