#!/usr/bin/env node
// Builds packages/data/data/courses-sample.json: about 170 SAMPLE courses (all `demo: true`)
// for <dv-course-finder>, spread over the main places of 30 municipalities in every province.
// Places and points come from packages/data/sources/pc4_centroids.csv (GeoNames, CC BY 4.0;
// see packages/data/sources/README.md).
// Never edit the JSON by hand; re-run:  node packages/data/scripts/build-courses.mjs
//
// Nothing here is a real course. Locations are named after the place only ("Bibliotheek
// Leiden"), with the place's postcode area and point: no street addresses, no phone numbers.
// Every course says how to take part: a link to the programme's real public page (Klik &
// Tik, Digisterker), or a note on where to sign up or ask ("bij de balie van de bibliotheek").
//
// Dates are written for the week of REFERENCE_DATE (a Monday) and the weeks after it. The
// widget moves them by whole weeks so the reference week becomes the current week
// (see packages/course-finder/src/data/sample.ts); with its `today` attribute set to
// REFERENCE_DATE it shows exactly these dates, which keeps stories and tests stable.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_DATE = '2025-01-06';

const scriptDir = dirname(fileURLToPath(import.meta.url));
let repoRoot = scriptDir;
while (!existsSync(resolve(repoRoot, 'pnpm-workspace.yaml'))) repoRoot = dirname(repoRoot);
const csvPath = resolve(repoRoot, 'packages/data/sources/pc4_centroids.csv');
// `--out-dir <dir>` writes the file there instead (packages/data/test/rebuild.test.ts
// compares a fresh build with the committed file).
const outDirIndex = process.argv.indexOf('--out-dir');
const outDir = outDirIndex > 0 ? resolve(process.argv[outDirIndex + 1]) : resolve(repoRoot, 'packages/data/data');
const outPath = resolve(outDir, 'courses-sample.json');

// --- places: per municipality its main place (the place with most postcodes) -------------
const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
const municipalities = new Map();
for (const row of rows) {
  const key = row.gm_code;
  const entry = municipalities.get(key) ?? { name: row.gm_name, province: row.province, places: new Map(), count: 0 };
  entry.count++;
  const place = row.place.split('|')[0];
  const list = entry.places.get(place) ?? [];
  list.push(row);
  entry.places.set(place, list);
  municipalities.set(key, entry);
}
/**
 * The three biggest municipalities (by postcodes) of each province that have a place of
 * their own name (the main place: "Leiden", not a village of a merged municipality),
 * biggest first: 36, of which the first 30 are used.
 */
const byProvince = new Map();
for (const entry of municipalities.values()) {
  if (!entry.places.has(entry.name)) continue;
  const list = byProvince.get(entry.province) ?? [];
  list.push(entry);
  byProvince.set(entry.province, list);
}
const chosen = [];
for (const list of [...byProvince.values()]) chosen.push(...list.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)).slice(0, 3));
chosen.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
const places = chosen.slice(0, 30).map((entry) => {
  const pcRows = entry.places.get(entry.name);
  // GeoNames writes the formal name; people (and the place search's aliases) say Den Haag.
  const name = entry.name === "'s-Gravenhage" ? 'Den Haag' : entry.name;
  const lat = pcRows.reduce((s, r) => s + Number(r.lat), 0) / pcRows.length;
  const lon = pcRows.reduce((s, r) => s + Number(r.lon), 0) / pcRows.length;
  // The postcode area nearest to the place's middle.
  const central = pcRows.reduce((best, r) => {
    const d = (Number(r.lat) - lat) ** 2 + (Number(r.lon) - lon) ** 2;
    return d < best.d ? { r, d } : best;
  }, { r: pcRows[0], d: Infinity }).r;
  return { name, postcode: central.pc4, lat: Number(central.lat), lon: Number(central.lon) };
});

// --- a small seeded random generator, so the file is the same on every run ---------------
let seed = 20250106;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const pad = (n) => String(n).padStart(2, '0');
/** The date `weeks` weeks and `weekday` days (0 = Monday) after REFERENCE_DATE. */
function day(weeks, weekday) {
  const date = new Date(`${REFERENCE_DATE}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7 + weekday);
  return date.toISOString().slice(0, 10);
}
const session = (weeks, weekday, from, to) => ({ start: `${day(weeks, weekday)}T${from}`, end: `${day(weeks, weekday)}T${to}` });
const slug = (text) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const KLIK_EN_TIK = 'https://oefenen.nl/';
const DIGISTERKER = 'https://www.digisterker.nl/';

/** How to sign up or ask where a course has no link of its own (never a phone number or address). */
const AT_THE_DESK = { note: { nl: 'Aanmelden bij de balie van de bibliotheek.', en: 'Sign up at the library desk.' } };
const ASK_AT_THE_DESK = { note: { nl: 'Vragen? Stel ze aan de balie van de bibliotheek.', en: 'Questions? Ask at the library desk.' } };
const APPOINTMENT = { note: { nl: 'Maak een afspraak bij de balie van de bibliotheek.', en: 'Make an appointment at the library desk.' } };
const OWN_LIBRARY = { note: { nl: 'Aanmelden bij je eigen bibliotheek.', en: 'Sign up at your own library.' } };

/** Course kinds; each place gets five of them, so every kind appears in many places. */
const kinds = [
  (place) => ({
    key: 'klik-en-tik-inloop',
    title: { nl: 'Klik & Tik inloop: oefenen met computer en tablet', en: 'Klik & Tik walk-in: practise with computer and tablet' },
    programme: 'klik-en-tik',
    description: {
      nl: 'Kom langs en oefen in je eigen tempo met de computer of tablet. Een vrijwilliger helpt je als je vastloopt. Aanmelden is niet nodig.',
      en: 'Drop in and practise at your own pace on a computer or tablet. A volunteer helps when you get stuck. No need to sign up.',
    },
    topics: ['basic-skills', 'communication'],
    level: 'beginner',
    format: 'walk-in',
    price: 0,
    signupUrl: KLIK_EN_TIK,
    sessions: Array.from({ length: 8 }, (_, w) => session(w, pick([0, 1, 2]), '10:00', '12:00')),
  }),
  (place) => ({
    key: 'klik-en-tik-begeleid',
    title: { nl: 'Klik & Tik: de basis, met begeleiding', en: 'Klik & Tik: the basics, with a guide' },
    programme: 'klik-en-tik',
    description: {
      nl: 'In zes lessen leer je de computer, het internet en e-mail gebruiken. Je werkt met het oefenprogramma Klik & Tik. Er is altijd iemand om je te helpen.',
      en: 'In six lessons you learn to use the computer, the internet and e-mail, with the Klik & Tik practice programme. There is always someone to help you.',
    },
    topics: ['basic-skills', 'information-search', 'communication'],
    level: 'beginner',
    format: 'group',
    price: 0,
    seats: 8,
    seatsLeft: Math.floor(random() * 9),
    signupUrl: KLIK_EN_TIK,
    sessions: (() => {
      const weekday = pick([1, 3]);
      const start = pick([0, 1, 2]);
      return Array.from({ length: 6 }, (_, w) => session(start + w, weekday, '13:30', '15:30'));
    })(),
  }),
  (place) => ({
    key: 'digisterker',
    title: 'Digisterker: Werken met de e-overheid',
    programme: 'digisterker',
    description: {
      nl: 'Leer zelf zaken regelen met de overheid op internet: inloggen met DigiD, je gegevens bekijken bij de Belastingdienst en toeslagen. Vier bijeenkomsten van twee uur, met hoogstens acht mensen. Eerst is er een kort kennismakingsgesprek.',
      en: 'Learn to deal with the government online: logging in with DigiD, checking your details with the tax office and benefits. Four meetings of two hours, at most eight people. First there is a short intake talk.',
    },
    topics: ['e-government', 'safety'],
    level: 'beginner',
    format: 'group',
    price: 0,
    seats: 8,
    seatsLeft: Math.floor(random() * 9),
    signupUrl: DIGISTERKER,
    sessions: (() => {
      const weekday = pick([0, 2, 3]);
      const start = pick([1, 2, 3]);
      const time = pick([['09:30', '11:30'], ['13:30', '15:30'], ['19:00', '21:00']]);
      return Array.from({ length: 4 }, (_, w) => session(start + w, weekday, ...time));
    })(),
  }),
  (place) => ({
    key: 'digi-spreekuur',
    title: { nl: 'Digi-spreekuur: hulp bij je telefoon, tablet of laptop', en: 'Digital help desk: help with your phone, tablet or laptop' },
    programme: 'digi-spreekuur',
    description: {
      nl: 'Heb je een vraag over je telefoon, tablet of laptop? Of over DigiD of een app? Neem je apparaat mee en stel je vraag. Je hoeft je niet aan te melden.',
      en: 'A question about your phone, tablet or laptop? Or about DigiD or an app? Bring your device and ask. No need to sign up.',
    },
    topics: ['problem-solving', 'smartphone', 'e-government'],
    format: 'walk-in',
    price: 0,
    contact: ASK_AT_THE_DESK,
    sessions: (() => {
      const weekday = pick([2, 4]);
      return Array.from({ length: 8 }, (_, w) => session(w, weekday, '14:00', '16:00'));
    })(),
  }),
  (place) => ({
    key: 'tablet-cafe',
    title: { nl: 'Tablet café', en: 'Tablet café' },
    programme: 'tablet-cafe',
    description: {
      nl: 'Samen met anderen ontdekken wat je met je tablet kunt, met een kopje koffie. Elke keer een ander onderwerp: foto’s, videobellen, apps. Neem je eigen tablet mee.',
      en: 'Find out with others what your tablet can do, over a cup of coffee. A different subject each time: photos, video calls, apps. Bring your own tablet.',
    },
    topics: ['basic-skills', 'smartphone', 'communication'],
    level: 'beginner',
    format: 'walk-in',
    price: pick([0, 0, 2.5]),
    contact: ASK_AT_THE_DESK,
    sessions: Array.from({ length: 4 }, (_, w) => session(w * 2, 4, '10:00', '12:00')),
  }),
  (place) => ({
    key: 'veilig-online',
    title: { nl: 'Veilig online', en: 'Safe online' },
    programme: 'library',
    description: {
      nl: 'Hoe herken je een nepbericht of een valse website? Hoe maak je een goed wachtwoord? In twee lessen leer je veilig internetten, bankieren en appen.',
      en: 'How do you spot a fake message or a false website? How do you make a good password? In two lessons you learn to use the internet, banking and apps safely.',
    },
    topics: ['safety', 'smartphone'],
    level: 'beginner',
    format: 'group',
    price: pick([0, 0, 5]),
    seats: 12,
    seatsLeft: Math.floor(random() * 13),
    contact: AT_THE_DESK,
    sessions: (() => {
      const weekday = pick([0, 1, 3]);
      const start = pick([0, 1, 2, 3]);
      return [session(start, weekday, '10:00', '12:00'), session(start + 1, weekday, '10:00', '12:00')];
    })(),
  }),
  (place) => ({
    key: 'informatie-zoeken',
    title: { nl: 'Informatie zoeken en beoordelen', en: 'Finding and judging information' },
    programme: 'library',
    description: {
      nl: 'Hoe vind je snel wat je zoekt op internet? En hoe weet je of het klopt? Je oefent met zoeken, met bronnen vergelijken en met nepnieuws herkennen.',
      en: 'How do you quickly find what you look for online? And how do you know it is true? You practise searching, comparing sources and spotting fake news.',
    },
    topics: ['information-search', 'critical-information', 'media-literacy'],
    level: 'intermediate',
    format: 'group',
    price: pick([0, 5]),
    seats: 12,
    seatsLeft: Math.floor(random() * 13),
    contact: AT_THE_DESK,
    sessions: (() => {
      const weekday = pick([1, 2]);
      const start = pick([1, 2, 4]);
      return Array.from({ length: 3 }, (_, w) => session(start + w, weekday, '13:30', '15:30'));
    })(),
  }),
  (place) => ({
    key: 'ai',
    title: { nl: 'Aan de slag met AI', en: 'Getting started with AI' },
    programme: 'library',
    description: {
      nl: 'Wat is kunstmatige intelligentie (AI) en wat kun je ermee? Je probeert zelf een chatbot uit en leert waar je op moet letten: niet alles wat AI zegt is waar.',
      en: 'What is artificial intelligence (AI) and what can you do with it? You try a chatbot yourself and learn what to watch out for: not everything AI says is true.',
    },
    topics: ['ai', 'critical-information'],
    level: 'intermediate',
    format: 'group',
    price: pick([0, 5, 7.5]),
    seats: 16,
    seatsLeft: Math.floor(random() * 17),
    contact: AT_THE_DESK,
    sessions: (() => {
      const weekday = pick([0, 1, 2, 3]);
      const start = pick([1, 2, 3, 5]);
      return [session(start, weekday, '19:00', '21:00'), session(start + 1, weekday, '19:00', '21:00')];
    })(),
  }),
  (place) => ({
    key: 'smartphone',
    title: { nl: 'De basis van je smartphone', en: 'Smartphone basics' },
    programme: 'library',
    description: {
      nl: 'Leer je smartphone goed gebruiken: bellen, appen, foto’s maken en apps installeren. Neem je eigen telefoon mee (Android of iPhone).',
      en: 'Learn to use your smartphone well: calling, messaging, taking photos and installing apps. Bring your own phone (Android or iPhone).',
    },
    topics: ['smartphone', 'communication', 'basic-skills'],
    level: 'beginner',
    format: 'group',
    price: 0,
    seats: 10,
    seatsLeft: Math.floor(random() * 11),
    contact: AT_THE_DESK,
    sessions: (() => {
      const weekday = pick([1, 3, 4]);
      const start = pick([0, 1, 2]);
      return Array.from({ length: 4 }, (_, w) => session(start + w, weekday, '10:00', '12:00'));
    })(),
  }),
  (place) => ({
    key: 'persoonlijke-hulp',
    title: { nl: 'Persoonlijke hulp op afspraak', en: 'One-to-one help by appointment' },
    programme: 'ido',
    description: {
      nl: 'Een half uur hulp, alleen voor jou, bij het Informatiepunt Digitale Overheid: bijvoorbeeld bij je belastingaangifte, toeslagen of DigiD. Maak eerst een afspraak.',
      en: 'Half an hour of help, just for you, at the Digital Government Information Point: for example with your tax return, benefits or DigiD. Make an appointment first.',
    },
    topics: ['e-government', 'problem-solving'],
    format: 'individual',
    price: 0,
    seats: 1,
    seatsLeft: pick([0, 1, 1]),
    contact: APPOINTMENT,
    sessions: (() => {
      const weekday = pick([0, 2, 4]);
      const start = pick([0, 1]);
      return [session(start, weekday, '10:00', '10:30'), session(start + 1, weekday, '10:00', '10:30')];
    })(),
  }),
];

const courses = [];
places.forEach((place, index) => {
  // Five kinds per place, rotating, so neighbours differ and every kind appears 15 times.
  for (let k = 0; k < 5; k++) {
    const make = kinds[(index * 3 + k) % kinds.length];
    const { key, ...course } = make(place);
    courses.push({
      id: `${key}-${slug(place.name)}`,
      ...course,
      language: 'nl',
      location: { name: `Bibliotheek ${place.name}`, postcode: place.postcode, city: place.name, lat: place.lat, lon: place.lon },
      demo: true,
    });
  }
});
// Online courses: no place, open to everyone.
courses.push(
  {
    id: 'veilig-online-online',
    title: { nl: 'Veilig online (online les)', en: 'Safe online (online lesson)' },
    programme: 'library',
    description: {
      nl: 'Dezelfde les als in de bibliotheek, maar thuis achter je eigen computer. Je krijgt een link om mee te doen.',
      en: 'The same lesson as in the library, at home on your own computer. You get a link to join.',
    },
    topics: ['safety'],
    level: 'beginner',
    format: 'online',
    language: 'nl',
    price: 0,
    seats: 20,
    seatsLeft: 14,
    contact: OWN_LIBRARY,
    sessions: [session(1, 2, '19:30', '20:30'), session(3, 2, '19:30', '20:30')],
    demo: true,
  },
  {
    id: 'ai-online',
    title: { nl: 'Aan de slag met AI (online)', en: 'Getting started with AI (online)' },
    programme: 'library',
    description: {
      nl: 'Een online les over chatbots en andere AI: wat kan het, en waar let je op?',
      en: 'An online lesson about chatbots and other AI: what can it do, and what should you watch out for?',
    },
    topics: ['ai'],
    level: 'beginner',
    format: 'online',
    language: 'nl',
    price: 0,
    seats: 30,
    seatsLeft: 0,
    contact: OWN_LIBRARY,
    sessions: [session(2, 1, '19:30', '20:30')],
    demo: true,
  },
);

// What people ask for first (WhatsApp, DigiD, online banking, photos on the phone): four
// short courses, each in five places across the country (every sixth place from a start).
// Written after everything above, without the random generator, so the other courses stay
// exactly as they were.
const FIRST_QUESTIONS = [
  {
    key: 'whatsapp',
    title: { nl: 'WhatsApp en videobellen op je telefoon', en: 'WhatsApp and video calls on your phone' },
    description: {
      nl: 'Leer berichten en foto’s sturen met WhatsApp, een groepsapp gebruiken en videobellen met je familie. Neem je eigen telefoon mee.',
      en: 'Learn to send messages and photos with WhatsApp, use a group chat and make video calls with your family. Bring your own phone.',
    },
    topics: ['communication', 'smartphone'],
    weekday: 1,
    time: ['10:00', '12:00'],
    lessons: 2,
  },
  {
    key: 'digid',
    title: { nl: 'DigiD aanvragen en gebruiken', en: 'Applying for and using DigiD' },
    description: {
      nl: 'Wat is DigiD en hoe vraag je het aan? Je zet de DigiD app op je telefoon en oefent met inloggen bij de overheid.',
      en: 'What is DigiD and how do you apply for it? You put the DigiD app on your phone and practise logging in with the government.',
    },
    topics: ['e-government', 'safety'],
    weekday: 2,
    time: ['13:30', '15:30'],
    lessons: 1,
  },
  {
    key: 'internetbankieren',
    title: { nl: 'Veilig internetbankieren', en: 'Safe online banking' },
    description: {
      nl: 'Geld overmaken, je saldo bekijken en de app van je bank gebruiken. Je leert ook hoe je nepberichten van ‘de bank’ herkent.',
      en: 'Transferring money, checking your balance and using your bank’s app. You also learn how to spot fake messages from ‘the bank’.',
    },
    topics: ['safety', 'basic-skills'],
    weekday: 3,
    time: ['10:00', '12:00'],
    lessons: 2,
  },
  {
    key: 'fotos',
    title: { nl: 'Foto’s op je telefoon', en: 'Photos on your phone' },
    description: {
      nl: 'Foto’s maken, terugvinden, opruimen en delen met anderen. En hoe bewaar je ze veilig, zodat je ze niet kwijtraakt?',
      en: 'Taking photos, finding them again, tidying up and sharing them. And how do you keep them safe, so you do not lose them?',
    },
    topics: ['smartphone', 'creative'],
    weekday: 4,
    time: ['14:00', '16:00'],
    lessons: 2,
  },
];
FIRST_QUESTIONS.forEach(({ key, weekday, time, lessons, ...course }, k) => {
  places.forEach((place, index) => {
    if (index % 6 !== k) return;
    const start = (index + k) % 3;
    courses.push({
      id: `${key}-${slug(place.name)}`,
      ...course,
      programme: 'library',
      level: 'beginner',
      format: 'group',
      price: 0,
      seats: 10,
      // Every course has places left, except one in each kind: full ones show after the rest.
      seatsLeft: index < 6 ? 0 : (index % 5) + 2,
      contact: AT_THE_DESK,
      sessions: Array.from({ length: lessons }, (_, w) => session(start + w, weekday, ...time)),
      language: 'nl',
      location: { name: `Bibliotheek ${place.name}`, postcode: place.postcode, city: place.name, lat: place.lat, lon: place.lon },
      demo: true,
    });
  });
});

const file = {
  description:
    'SAMPLE DATA (Voorbeeldgegevens): invented courses to show <dv-course-finder>; not real courses. Built by packages/data/scripts/build-courses.mjs; places © GeoNames, CC BY 4.0, bewerkt.',
  referenceDate: REFERENCE_DATE,
  items: courses,
};
writeFileSync(outPath, `${JSON.stringify(file, null, 1)}\n`);
console.log(`Wrote ${courses.length} sample courses in ${places.length} places to ${outPath}`);
