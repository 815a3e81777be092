// Leaflet 1.9 has no `exports` map; its ES module build is imported by path.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
