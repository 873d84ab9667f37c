// Problems of a pack in plain words: where (line and column in the file, else the place in the
// pack) and what. Every string from a pack is rendered as text, never as markup.
import { problemMessage, type Lang, type PackProblem } from '@/rules';
import type { Translate } from '@/utils/i18n';

export interface ProblemsProps {
  t: Translate;
  lang: Lang;
  problems: readonly PackProblem[];
  /** At most this many are listed; the rest are counted. */
  max?: number;
  tone?: 'error' | 'warning';
}

export function problemPlace(t: Translate, problem: PackProblem): string {
  const pack = problem.pack ? `${problem.pack}: ` : '';
  if (problem.line !== undefined) {
    return pack + t('packProblemAt', String(problem.line), String(problem.column ?? 1));
  }
  return pack + (problem.path ? t('packProblemPath', problem.path) : t('packProblemFile'));
}

export function Problems({ t, lang, problems, max = 20, tone = 'error' }: ProblemsProps) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, max);
  return (
    <ul class="kt-problems" data-tone={tone}>
      {shown.map((problem, i) => (
        <li key={i} data-klartext-problem="">
          <span class="kt-problem-place">{problemPlace(t, problem)}</span>{' '}
          <span class="kt-problem-text">{problemMessage(problem, lang)}</span>
          {problem.line !== undefined && problem.path && (
            <span class="kt-problem-path"> ({problem.path})</span>
          )}
        </li>
      ))}
      {problems.length > shown.length && (
        <li class="kt-muted">{t('packProblemsMore', String(problems.length - shown.length))}</li>
      )}
    </ul>
  );
}
