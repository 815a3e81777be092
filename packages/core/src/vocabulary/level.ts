import type { Vocabulary } from './match.js';

/** A course level id, or `all`: open to every level (the feed then leaves `level` out). */
export type LevelWord = 'beginner' | 'intermediate' | 'advanced' | 'all';

/** Words a course list uses for its level (`level`). */
export const LEVEL_WORDS: Vocabulary<LevelWord> = {
  beginner: [
    'beginners', 'beginnend', 'starter', 'starters', 'voor beginners', 'instap', 'basis', 'basisniveau',
    'niveau 1', 'eenvoudig', 'nieuw', 'for beginners', 'basic', 'entry',
  ],
  intermediate: [
    'gemiddeld', 'halfgevorderd', 'half gevorderd', 'halfgevorderden', 'enige ervaring', 'niveau 2',
    'voor wie al wat kan', 'intermediate', 'medium', 'middel',
  ],
  advanced: ['gevorderd', 'gevorderden', 'voor gevorderden', 'ervaren', 'expert', 'niveau 3', 'advanced', 'experienced'],
  all: [
    'alle niveaus', 'alle', 'iedereen', 'voor iedereen', 'elk niveau', 'ieder niveau', 'alle niveau',
    'all', 'all levels', 'everyone', 'any', 'any level', 'n.v.t.', 'nvt', 'geen',
  ],
};
