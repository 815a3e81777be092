// dist/stat-card.js: defines <dv-stat-card>.
export * from '@digivaardig/stat-card/card';
