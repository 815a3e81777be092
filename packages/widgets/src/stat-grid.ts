// dist/stat-grid.js: defines <dv-stat-grid> (and the <dv-stat-card> it is made of).
export * from '@digivaardig/stat-card/grid';
