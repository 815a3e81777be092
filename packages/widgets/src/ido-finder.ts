// dist/ido-finder.js: defines <dv-ido-finder>.
export { DvIdoFinder } from '@digivaardig/ido-finder';
