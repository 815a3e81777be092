// `custom-elements.json` is generated (`pnpm run cem`) and not committed. When it is there,
// TypeScript reads its real shape; before the first run, this keeps the typecheck working.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
