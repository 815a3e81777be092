import { startAutoloader } from './autoloader.js';

// The script-tag entry: dist/digivaardig.js. One line per widget chunk.
startAutoloader({
  'dv-stat-card': () => import('./stat-card.js'),
  'dv-stat-grid': () => import('./stat-grid.js'),
  'dv-self-check': () => import('./self-check.js'),
  'dv-ido-finder': () => import('./ido-finder.js'),
  'dv-course-finder': () => import('./course-finder.js'),
});
