import { startAutoloader } from './autoloader.js';
import reserve from './reserve.css';

// The script-tag entry: dist/digivaardig.js. One line per widget: its module is imported
// directly, not through the entry file of the same name (dist/stat-card.js…), so a page
// makes one request less per widget.
startAutoloader(
  {
    'dv-stat-card': () => import('@digivaardig/stat-card/card'),
    'dv-stat-grid': () => import('@digivaardig/stat-card/grid'),
    'dv-self-check': () => import('@digivaardig/self-check'),
    'dv-ido-finder': () => import('@digivaardig/ido-finder'),
    'dv-course-finder': () => import('@digivaardig/course-finder'),
  },
  reserve,
);
