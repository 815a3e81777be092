import type { QuestionSet } from './types.js';

/** One thing wrong in a question set, with a path in the same form as the JSON Schema errors. */
export interface SetProblem {
  /** Where, as `#/areas/2/questions/0/id`. */
  readonly path: string;
  readonly message: string;
}

/**
 * The rules of a question set that JSON Schema cannot express: unique ids (areas,
 * questions across the whole set, answers, levels), two different counted answer
 * values, and levels that start at 0 and go up. Run it after the schema passed; an
 * empty list means the set is usable.
 */
export function findSetProblems(set: QuestionSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const duplicates = (ids: { id: string; path: string }[], what: string) => {
    const firstPath = new Map<string, string>();
    for (const { id, path } of ids) {
      const earlier = firstPath.get(id);
      if (earlier === undefined) firstPath.set(id, path);
      else report(path, `Duplicate ${what} id "${id}" (first used at ${earlier}).`);
    }
  };

  duplicates(
    set.scale.map((option, i) => ({ id: option.id, path: `#/scale/${i}/id` })),
    'answer',
  );
  const values = new Set(set.scale.map((option) => option.value).filter((value) => value !== null));
  if (values.size < 2) report('#/scale', 'The answers that count need at least two different values.');

  duplicates(
    set.areas.map((area, i) => ({ id: area.id, path: `#/areas/${i}/id` })),
    'area',
  );
  // Question ids are unique across areas: saved answers are keyed by question id alone.
  duplicates(
    set.areas.flatMap((area, i) =>
      area.questions.map((question, j) => ({ id: question.id, path: `#/areas/${i}/questions/${j}/id` })),
    ),
    'question',
  );

  duplicates(
    set.levels.map((level, i) => ({ id: level.id, path: `#/levels/${i}/id` })),
    'level',
  );
  set.levels.forEach((level, i) => {
    const previous = set.levels[i - 1];
    if (i === 0 && level.min !== 0) report('#/levels/0/min', 'The first level must start at min 0.');
    if (previous !== undefined && level.min <= previous.min) {
      report(`#/levels/${i}/min`, `Levels go up: min must be higher than ${previous.min}.`);
    }
  });

  return problems;
}
