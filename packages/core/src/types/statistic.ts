import type { StatUnit } from '../format/number.js';
import type { LocalizedText } from '../text.js';

/** One key figure with its source: the `statistic` data format (see statistic.schema.json). */
export interface Statistic {
  id: string;
  value: number;
  unit: StatUnit;
  label: LocalizedText;
  /** Year of measurement; absent (or 0) when the feed does not say. */
  year?: number;
  /** Absent when the feed does not say. */
  source?: { name: string; year?: number; url?: string };
  compare?: { value: number; label: LocalizedText };
  series?: { label: LocalizedText; value: number }[];
  topic?: 'skills' | 'government' | 'ido' | 'access' | 'safety';
  description?: LocalizedText;
}
