/** Synthetic news for the benchmarks: the same stories on every run (seeded). */

/** Deterministic pseudo-random numbers (mulberry32), so every run serves the same news. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Hamburg',
  'Lyon',
  'Gdansk',
  'Porto',
  'Turin',
  'Leipzig',
  'Ghent',
  'Bergen',
  'Graz',
  'Brno',
  'Malmo',
  'Bilbao',
  'Cork',
  'Tartu',
  'Split',
  'Basel',
  'Utrecht',
  'Aarhus',
  'Seville',
  'Krakow',
];
const ACTORS = [
  'city council',
  'port authority',
  'regional government',
  'rail operator',
  'energy supplier',
  'university hospital',
  'steel maker',
  'water utility',
  'airline',
  'teachers union',
  'police',
  'chamber of commerce',
];
const ACTIONS = [
  'approves',
  'delays',
  'cancels',
  'expands',
  'cuts',
  'investigates',
  'funds',
  'blocks',
  'doubles',
  'reviews',
];
const THINGS = [
  'tram extension',
  'harbour dredging',
  'wind farm',
  'hospital wing',
  'night train',
  'school meals plan',
  'bridge repairs',
  'district heating',
  'cycle lanes',
  'flood barrier',
  'housing project',
  'data centre',
];
const FILLER = [
  'Officials said the decision followed months of consultation with residents and businesses.',
  'Critics argued that the cost estimates were too optimistic and that the timetable would slip.',
  'The project is expected to create several hundred jobs during construction.',
  'Opposition members called for an independent review of the contracts.',
  'A spokesperson said further details would be published next week.',
  'Local businesses welcomed the move but warned of disruption during the works.',
  'The national government has promised to cover part of the cost.',
  'Environmental groups said they would study the plans closely.',
];

export interface Story {
  readonly title: string;
  readonly altTitles: readonly string[];
  readonly lede: string;
  readonly paragraphs: readonly string[];
}

export function makeStories(n: number): Story[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length] as string;
    const actor = pick(ACTORS);
    const action = pick(ACTIONS);
    const thing = THINGS[Math.floor(i / PLACES.length) % THINGS.length] as string;
    const amount = 10 + Math.floor(rnd() * 900);
    const title = `${place} ${actor} ${action} ${thing} worth ${amount} million euros`;
    const lede = `The ${actor} in ${place} ${action} the ${thing}, a plan worth ${amount} million euros, after a vote on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
    const paragraphs = [
      lede,
      ...Array.from(
        { length: 6 },
        () =>
          `${pick(FILLER)} ${pick(FILLER)} In ${place}, the ${thing} has been debated for ${2 + Math.floor(rnd() * 10)} years.`,
      ),
    ];
    const altTitles = [
      `${thing[0]?.toUpperCase()}${thing.slice(1)}: ${place} ${actor} ${action} ${amount} million euro plan`,
      `${place}: ${actor} ${action} ${thing} (${amount} million euros)`,
    ];
    return { title, altTitles, lede, paragraphs };
  });
}

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
