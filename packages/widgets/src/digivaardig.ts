import { startAutoloader } from './autoloader.js';

// The script-tag entry: dist/digivaardig.js. One line per widget chunk.
startAutoloader({
  'dv-stat-card': () => import('./stat-card.js'),
  'dv-stat-grid': () => import('./stat-grid.js'),
});
