// dist/self-check.js: defines <dv-self-check>.
export { DvSelfCheck } from '@digivaardig/self-check';
