import type { TemplateMap } from '@lit/localize';

/*
 * The French locale module of the test app in ../app-localize.test.ts, the shape
 * lit-localize's build writes (`export const templates`). It translates `app.hello` and,
 * on purpose, one id our stat card uses too (`stat.card.source`): the app's own text must
 * win on the app, and ours on the widgets. `stat.card.source-unknown` is left out: the app
 * must then show its own German source, never our catalogues' words.
 */
export const templates: TemplateMap = {
  'app.hello': 'Bonjour le monde',
  'stat.card.source': 'Origine :',
};
