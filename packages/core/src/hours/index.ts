export { addDays, amsterdamDateTime, amsterdamInstant, amsterdamOffset, isIsoDate, weekdayOf, type AmsterdamDateTime } from './amsterdam-time.js';
export { WEEKDAYS, type Weekday } from './weekday.js';
export {
  formatMinutes,
  parseIntervals,
  parseOpeningHours,
  type HoursIssue,
  type HoursIssueCode,
  type OpeningHoursInput,
  type OpeningSchedule,
  type ParsedOpeningHours,
  type TimeInterval,
} from './parse.js';
export {
  LOOK_AHEAD_DAYS,
  hoursOn,
  isOpenAt,
  openingStatus,
  type ClockInterval,
  type DayHours,
  type NextOpening,
  type OpeningStatus,
} from './status.js';
