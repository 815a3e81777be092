export { indexVocabulary, matchWord, matchWords, wordKey, type Vocabulary, type VocabularyIndex } from './match.js';
export { TOPIC_WORDS } from './topics.js';
export { LEVEL_WORDS, type LevelWord } from './level.js';
export { PROGRAMME_WORDS, type ProgrammeId } from './programme.js';
export { FORMAT_WORDS, type FormatId } from './format.js';
export { SERVICE_WORDS, type ServiceId } from './services.js';
