// A .css file imported by the autoloader's entry is its text, minified (rollup.config.mjs).
declare module '*.css' {
  const text: string;
  export default text;
}
