/*
 * The custom elements manifest (`custom-elements.json` at the repository root), written by
 * `pnpm run cem` from the JSDoc of the elements; `pnpm start` and `pnpm build` run it first.
 * Storybook's docs read the attributes, events, parts and CSS properties from it, and the
 * stories derive their controls from it.
 */
import manifest from '../../custom-elements.json';

export interface ManifestAttribute {
  name: string;
  description?: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  description?: string;
}

export interface ManifestEvent {
  name: string;
  description?: string;
}

export interface ManifestCssItem {
  name: string;
  description?: string;
  default?: string;
}

export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestEvent[];
  cssParts?: ManifestCssItem[];
  cssProperties?: ManifestCssItem[];
}

export interface CustomElementsManifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

export const customElementsManifest = manifest as unknown as CustomElementsManifest;

/** The manifest's entry for a custom element; throws when the element is not in it. */
export function elementDeclaration(tag: string): ElementDeclaration {
  for (const module of customElementsManifest.modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run \`pnpm run cem\` (pnpm start and pnpm build do).`);
}

/**
 * The element's public attributes. The analyzer also lists Lit state (`{ state: true }` in
 * `static properties`) as attributes; those are backed by private or protected fields and
 * are not attributes a webmaster can set, so they are left out.
 */
export function publicAttributes(declaration: ElementDeclaration): ManifestAttribute[] {
  const hidden = new Set(
    (declaration.members ?? [])
      .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
      .map((member) => member.name),
  );
  return (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
}
