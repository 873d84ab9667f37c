// One line per pack problem, in English, for error answers and logs: where (line:column or JSON
// pointer) and what. The options page shows problems in the UI's language (components/packs/Problems).
import { problemMessage, type PackProblem } from '@/rules';

export function describeProblem(problem: PackProblem): string {
  const where =
    problem.line !== undefined
      ? `${problem.line}:${problem.column ?? 1}`
      : problem.path
        ? problem.path
        : '';
  const pack = problem.pack ? `${problem.pack}: ` : '';
  const message = problemMessage(problem, 'en');
  return where ? `${pack}${where} ${message}` : `${pack}${message}`;
}

export function describeProblems(problems: readonly PackProblem[], max = 3): string {
  const shown = problems.slice(0, max).map(describeProblem);
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; +${more}` : shown.join('; ');
}
