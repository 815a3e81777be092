/**
 * What `dv-self-check-complete` carries: the result, as a page (or a
 * `<dv-course-finder follow-self-check>`) reads it.
 */
export interface SelfCheckCompleteDetail {
  /** The set's framework id: `digiq`, `slo`, or a library's own. */
  framework: string;
  /**
   * Every area asked, in set order: `score` 0–100 and the level id (both null when nothing
   * counted), and `topic`: the area's course-finder topic, when the set gives it one (a
   * library's own set too).
   */
  areas: { id: string; score: number | null; level: string | null; topic?: string }[];
  /** Up to three area ids where the visitor can learn most, lowest first; areas at the top level are left out. */
  weakest: string[];
}

declare module '@digivaardig/core' {
  interface DvEventDetails {
    'dv-self-check-complete': SelfCheckCompleteDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dv-self-check-complete': CustomEvent<SelfCheckCompleteDetail>;
  }
}
