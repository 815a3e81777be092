/** The organisations an IDO helps with, by the ids feeds use (docs/data-formats.md). */
export const SERVICES = ['belastingdienst', 'toeslagen', 'digid', 'uwv', 'svb', 'duo', 'cak', 'cbr', 'cjib', 'ciz'] as const;

const NAMES: Record<string, string> = {
  belastingdienst: 'Belastingdienst',
  toeslagen: 'Toeslagen',
  digid: 'DigiD',
  uwv: 'UWV',
  svb: 'SVB',
  duo: 'DUO',
  cak: 'CAK',
  cbr: 'CBR',
  cjib: 'CJIB',
  ciz: 'CIZ',
};

/** The name a visitor knows ("DigiD"); an id we do not know is shown as written. */
export function serviceName(id: string): string {
  return NAMES[id] ?? id;
}

/** Splits the `services` attribute ("digid, uwv"); unknown ids are returned apart. */
export function parseServices(raw: string): { services: string[]; unknown: string[] } {
  const ids = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return {
    services: ids.filter((id) => id in NAMES),
    unknown: ids.filter((id) => !(id in NAMES)),
  };
}
