/**
 * @digivaardig/core: what every widget shares. Pure logic (formatting, attributes,
 * locales) and the Lit base element with its theme. The data loader is a separate entry,
 * `@digivaardig/core/loader`, imported lazily: pages with embedded data never load it.
 */
export { DvElement, WidgetProblem, THEMES, type LoadContext, type Phase } from './base/dv-element.js';
export { RETRYABLE, type Problem } from './base/problem.js';
export { problemFrom } from './base/problem-from.js';
export { dispatchDvEvent, type DvErrorDetail, type DvEventDetails, type DvLanguageChangeDetail, type DvReadyDetail } from './base/events.js';
export { Announcer } from './controllers/announcer.js';
export { FocusAfterUpdate } from './controllers/focus-after-update.js';
export { nearViewport } from './controllers/near-viewport.js';
export { adoptStyles } from './styles/adopt.js';
export { headingTemplate } from './base/heading.js';
export { themeStyles } from './styles/theme.js';
export { skeleton, skeletonStyles, type Bone } from './styles/skeleton.js';
export { finderLayoutStyles } from './styles/layout.js';
export { translucent, withAlpha } from './styles/colors.js';
export { ColorSchemeController } from './styles/color-scheme.js';
export { pageIsDark, pageScheme, watchPageTheme, type PageScheme } from './styles/host-theme.js';
export { defineElement } from './define.js';
export { NONE, parseChoice, parseDecimal, parseHttpUrl, parseInteger, type Parsed } from './attributes.js';
export { LOCALES, SOURCE_LOCALE, resolveLocale, toLocale, type Locale } from './i18n/locale.js';
export { LocalizeController, type LocalizeOptions } from './i18n/localize-controller.js';
export { directionOf, translator, type Localize } from './i18n/translator.js';
export { isCatalogReady, loadCatalogs, registerCatalogs, type CatalogLoader } from './i18n/catalogs.js';
export { pluralCategory, type PluralCategory, type PluralForms } from './i18n/plural.js';
export { langOf } from './i18n/lang-of.js';
export { localizedText, pickLocale, type InLocales, type LocalizedText } from './text.js';
export {
  asSentences,
  clockMinutes,
  spokenClock,
  spokenDay,
  spokenDistance,
  spokenEuro,
  spokenList,
  spokenTimeRange,
  toSentences,
} from './speech/spoken.js';
export { ReadAloud, voiceFor, type ReadingState } from './speech/read-aloud-controller.js';
export { readAloudStyles, readAloudTemplate, type ReadAloudWords } from './speech/read-aloud-view.js';
export { readAloudWords } from './speech/read-aloud-words.js';
export { ReadAloudPart, type ReadAloudScript } from './speech/read-aloud-part.js';
export {
  formatCount,
  formatEuro,
  formatNumber,
  formatPercent,
  formatStatValue,
  type StatUnit,
} from './format/number.js';
export { formatDistance } from './format/distance.js';
export { isolateIn } from './format/bidi.js';
export { formatDate, formatTime, TIME_ZONE } from './format/date.js';
export type { Statistic } from './types/statistic.js';
export { loadSource, type DataFormat, type SourceOptions } from './data/source.js';
export { DataLoadError, type LoadErrorCode, type RowProblem } from './data/errors.js';
export { fetchJson, type FetchTextOptions } from './data/fetch-json.js';
export { withDataTexts, type DataTextsHost } from './data/fetch-json.js';
export { dataTextsFor } from './data/data-texts-for.js';
export type { DataTextsUrl } from './data/data-texts.js';
export { fetchText } from './data/fetch-text.js';
export { readDate, readLeadingDate } from './data/read-date.js';
export { readNumber } from './data/read-number.js';
export { rewriteLiveSheet } from './data/live-sheet.js';
export type { DataIssue, DataIssueReason, DataReport, FeedEncoding, PrepareContext, RecordPreparer } from './data/report.js';
export { exampleMarkup, CDN_SCRIPT, type ExampleCompanion, type ExampleStep, type WidgetExample } from './examples.js';
export * from './geo/index.js';
export * from './hours/index.js';
export * from './self-check/index.js';
export * from './print/index.js';
export * from './vocabulary/index.js';
export { prepareLink, preparePoint } from './prepare/fields.js';
