import { TOPIC_LABELS, type Topic } from '../self-check/topics.js';
import type { Vocabulary } from './match.js';

/**
 * Words a course list uses for its topics (`topics`), per topic id. The topic's own
 * names (TOPIC_LABELS, Dutch and English) count too, see {@link TOPIC_WORDS}.
 */
const WORDS: Vocabulary<Topic> = {
  'basic-skills': [
    'computer', 'pc', 'laptop', 'internet', 'tablet', 'ipad', 'windows', 'computerles', 'computercursus',
    'basisvaardigheden', 'digitale basisvaardigheden', 'computer basis', 'basis computer', 'internetten',
    'muis', 'toetsenbord', 'digitale vaardigheden', 'digital skills', 'basics', 'computer basics',
  ],
  'e-government': [
    'digid', 'overheid', 'e-overheid', 'digitale overheid', 'mijn overheid', 'mijnoverheid', 'belastingen',
    'belasting', 'belastingdienst', 'belastingaangifte', 'aangifte', 'toeslagen', 'toeslag', 'gemeente',
    'uwv', 'svb', 'duo', 'government', 'e-government', 'taxes', 'tax', 'overheidszaken', 'zaken regelen',
  ],
  communication: [
    'whatsapp', 'e-mail', 'mail', 'mailen', 'e-mailen', 'appen', 'chatten', 'videobellen', 'beeldbellen',
    'bellen', 'skype', 'zoom', 'teams', 'facetime', 'communicatie', 'communication', 'messaging',
    'video calls', 'facebook', 'sociale media', 'social media', 'contact houden',
  ],
  smartphone: [
    'smartphone', 'telefoon', 'mobiel', 'mobiele telefoon', 'mobieltje', 'gsm', 'iphone', 'android',
    'app', 'apps', 'phone', 'mobile', 'mobile phone',
  ],
  safety: [
    'veilig', 'veiligheid', 'veilig online', 'veilig internetten', 'oplichting', 'phishing', 'fraude',
    'bankieren', 'online bankieren', 'internetbankieren', 'veilig bankieren', 'wachtwoord', 'wachtwoorden',
    'privacy', 'virus', 'virussen', 'hackers', 'scam', 'scams', 'security', 'safety', 'online safety',
    'passwords', 'banking', 'online banking', 'nepmail', 'cybercrime',
  ],
  creative: [
    "foto's", 'foto', 'fotografie', 'fotobewerking', 'fotoboek', 'photos', 'photo', 'video', 'videos',
    'filmen', 'creatief', 'creative', 'programmeren', 'coderen', 'coding', '3d printen', 'knutselen',
  ],
  ai: ['ai', 'a.i.', 'chatgpt', 'chat gpt', 'kunstmatige intelligentie', 'artificial intelligence', 'copilot', 'gemini'],
  'information-search': [
    'zoeken', 'informatie zoeken', 'zoeken op internet', 'googelen', 'google', 'search', 'searching',
    'information search', 'internet search', 'wikipedia',
  ],
  'critical-information': [
    'nepnieuws', 'fake news', 'desinformatie', 'disinformation', 'betrouwbare informatie', 'factchecken',
    'fact checking', 'kritisch', 'informatie beoordelen',
  ],
  netiquette: ['netiquette', 'omgangsvormen', 'online gedrag', 'online etiquette', 'respect online'],
  health: [
    'gezondheid', 'gezond', 'health', 'zorg', 'zorg online', 'digitale zorg', 'e-health', 'thuisarts',
    'patientenportaal', 'patiëntenportaal', 'huisarts', 'schermtijd', 'screen time',
  ],
  sustainable: ['duurzaam', 'duurzaamheid', 'sustainable', 'sustainability', 'groen', 'energie besparen'],
  'problem-solving': [
    'problemen oplossen', 'problem solving', 'storingen', 'storing', 'updates', 'update', 'instellingen',
    'onderhoud', 'troubleshooting', 'hulp bij problemen',
  ],
  'media-literacy': ['mediawijsheid', 'mediawijs', 'media literacy', 'media', 'nieuws', 'news', 'influencers'],
};

/** Topic ids by word: the words above and each topic's Dutch and English name. */
export const TOPIC_WORDS: Vocabulary<Topic> = Object.fromEntries(
  Object.entries(WORDS).map(([id, words]) => [id, [...(words as string[]), ...Object.values(TOPIC_LABELS[id as Topic])]]),
) as unknown as Vocabulary<Topic>;
