export { appendText, printPage, type PrintOptions, type PrintPage } from './print-frame.js';
