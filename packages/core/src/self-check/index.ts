/** The self-check's pure logic: question-set types, scoring, saved progress and topics. */
export type {
  Advice,
  AdviceKey,
  Answers,
  Area,
  CourseFinderLink,
  HelpLink,
  Level,
  Programme,
  Question,
  QuestionSet,
  ScaleOption,
  UrlLink,
} from './types.js';
export {
  WEAKEST_LIMIT,
  adviceKeyFor,
  levelFor,
  scoreArea,
  scoreCheck,
  selectAreas,
  weakestAreas,
  type AreaScore,
  type AreaSelection,
  type CheckResult,
} from './scoring.js';
export { findSetProblems, type SetProblem } from './validate.js';
export {
  MAX_STORED_LENGTH,
  PROGRESS_FORMAT,
  decodeProgress,
  encodeProgress,
  storageKey,
  type Progress,
} from './persistence.js';
export { TOPICS, TOPIC_LABELS, isTopic, topicLabel, type Topic } from './topics.js';
