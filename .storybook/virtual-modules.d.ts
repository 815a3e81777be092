// The URLs of the house styles' stylesheets, made by the Vite plugin in house-style-css.ts
// from packages/themes/src/house-styles.ts.
declare module 'virtual:dv-house-style-css' {
  const urls: Record<string, { tokens: string; dark?: string; bridge: string }>;
  export default urls;
}
