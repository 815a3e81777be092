// The house styles (packages/themes/src/house-styles.ts, the one list) for Node scripts and
// tests that cannot import TypeScript: the module is transpiled with TypeScript and imported.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const source = readFileSync(new URL('../../packages/themes/src/house-styles.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});

/** @type {typeof import('../../packages/themes/src/house-styles.ts')} */
const houseStyles = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);

export const { HOUSE_STYLES, containerClasses, tokenCss } = houseStyles;
