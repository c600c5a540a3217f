import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { compactLexicon, LEXICON_FILE, Lexicon } from '../../src/summarizer/pos/lexicon.js';
import {
  hasVerbInContext,
  mayHaveVerb,
  tagSentence,
  tokenize,
} from '../../src/summarizer/pos/tag.js';

const tags = (s: string) =>
  tagSentence(s)
    .map((t) => `${t.text}/${t.tag}`)
    .join(' ');

describe('part-of-speech tagging', () => {
  it('GIVEN natural’s English lexicon THEN the compact file is up to date (npm run lexicon)', () => {
    const require = createRequire(import.meta.url);
    const source = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const committed = readFileSync(join(packageRoot(import.meta.url), LEXICON_FILE), 'utf8');
    expect(committed === compactLexicon(source)).toBe(true);
  });

  it('GIVEN a compact lexicon THEN every word is found by binary search, and unknown words are not', () => {
    const lex = new Lexicon(
      compactLexicon({ alpha: ['NN'], beta: ['VB', 'NN'], 'beta-x': ['JJ'], gamma: ['RB'] }),
    );
    expect(lex.get('alpha')).toEqual(['NN']);
    expect(lex.get('beta')).toEqual(['VB', 'NN']);
    expect(lex.get('beta-x')).toEqual(['JJ']);
    expect(lex.get('gamma')).toEqual(['RB']);
    expect(lex.get('bet')).toBeUndefined();
    expect(lex.get('zeta')).toBeUndefined();
  });

  it('GIVEN news sentences THEN the verb group is tagged as verbs, with modals and negation', () => {
    expect(tags('The mayor is alleged to have told staff.')).toContain(
      'is/VBZ alleged/VBN to/TO have/VB told/VBN',
    );
    expect(tags('Opponents argued that buses would serve the hospital.')).toContain(
      'would/MD serve/VB',
    );
    // "doubt" is first a noun in the lexicon; after its subject, before its object, a verb.
    expect(tags("Experts doubt Song's visit will yield results.")).toContain(
      'Experts/NNS doubt/VBP Song/NNP',
    );
    expect(tags('The U.S. didn’t respond.')).toContain("U.S./NNP did/VBD n't/RB respond/VB");
  });

  it('GIVEN quotation marks and possessives THEN they are tokens of their own', () => {
    expect(tokenize("'We did not win,' Lind's team said.")).toEqual([
      '"',
      'We',
      'did',
      'not',
      'win',
      ',',
      '"',
      'Lind',
      "'s",
      'team',
      'said',
      '.',
    ]);
  });
});

describe('tagging context rules for news copy (names, possessives, "said")', () => {
  const tagOf = (sentence: string, word: string) =>
    tagSentence(sentence).find((t) => t.text === word)?.tag;
  it('GIVEN amounts of money with their unit ("$1.13bn", "£600m") THEN they are numbers, not web addresses or nouns', () => {
    for (const amount of ['$1.13bn', '£600m', '$639m', '€3.5tn'])
      expect(tagOf(`Profits rose to ${amount} last year.`, amount)).toBe('CD');
  });
  it('GIVEN a capitalised first word read as a verb, right before a finite verb ("Respond is using …", "Serve was held …") THEN it is the subject: a name, or the noun the lexicon knows', () => {
    expect(tagOf('Respond is using satellite imagery to produce maps.', 'Respond')).toBe('NNP');
    expect(tagOf('Serve was held by both players until the seventh game.', 'Serve')).toMatch(/^NN/);
    expect(tagOf('Stop the war, they shouted.', 'Stop')).toMatch(/^VB/);
  });
  it('GIVEN a base form right after a plural subject, or a same-form past after a name ("Exports get …", "Chelsea beat Arsenal …") THEN it is the clause\'s verb', () => {
    expect(tagOf('US exports get more affordable.', 'get')).toBe('VBP');
    expect(tagOf("China's leaders see reforming the banks as vital.", 'see')).toBe('VBP');
    expect(tagOf('Chelsea beat Arsenal 2-1 at Stamford Bridge.', 'beat')).toBe('VBD');
    // (Not a base form after "to": "The firms agreed to cut jobs.")
    expect(tagOf('The firms agreed to cut 500 jobs.', 'cut')).toBe('VB');
  });
  it('GIVEN a noun after a plural possessive THEN it is a noun ("opponents\' calls")', () => {
    expect(tagOf("The government shunned opponents' calls for free care.", 'calls')).toMatch(/^NN/);
  });
  it('GIVEN a capitalised first word the lexicon also knows as a noun, before a preposition THEN it is that noun ("Income from …")', () => {
    expect(tagOf('Income from its shuttle services fell 7% last year.', 'Income')).toBe('NN');
    expect(tagOf('Brown from the start said he would stay.', 'Brown')).toBe('NNP');
    // Read as a verb, the same: "Tries from Jonathan Thomas and Tom Shanklin gave …".
    expect(tagOf('Tries from Jonathan Thomas and Tom Shanklin gave Wales the lead.', 'Tries')).toBe(
      'NNS',
    );
  });
  it('GIVEN a word before "\'s" THEN it is a noun ("The Glasgow forward\'s ban")', () => {
    expect(tagOf("The Glasgow forward's ban for stamping ended on 2 February.", 'forward')).toBe(
      'NN',
    );
  });
  it('GIVEN an adjective in -ly between a determiner and its noun THEN it is an adjective ("a costly loss")', () => {
    expect(tagOf('Benitez admitted it was a costly loss of two points.', 'costly')).toBe('JJ');
    expect(tagOf('Some early estimates of the costs are starting to emerge.', 'early')).toBe('JJ');
  });
  it('GIVEN a capitalised -ing word after a first name THEN it is a name ("Hayley Yelling said")', () => {
    expect(
      tagOf('British team member Hayley Yelling said the team would understand.', 'Yelling'),
    ).toBe('NNP');
  });
  it('GIVEN a list between commas after the subject THEN the word after it is the verb ("piracy, including …, costs")', () => {
    expect(
      tagOf(
        'Music piracy, including illegally swapping music online, costs the UK music industry millions every year.',
        'costs',
      ),
    ).toBe('VBZ');
  });
  it('GIVEN a noun-first word before "to" and a base form THEN it is the verb, unless a finite verb follows in its clause', () => {
    expect(tags('Officials hope to raise money from the show.')).toMatch(/hope\/VB[DPZ]/);
    expect(tags('Government attempts to curb inflation failed.')).toContain('attempts/NNS');
  });

  it('GIVEN an adjective that ends its noun phrase ("the fourth official when …") THEN it is the noun, but not a word of degree ("the much delayed bill")', () => {
    expect(
      tags('Kaplan declined to consult the fourth official when the ball went over.'),
    ).toContain('official/NN when');
    expect(tags('The official said the talks had failed.')).toContain('official/NN');
    expect(tags('The much delayed bill would provide for a new rail link.')).not.toContain(
      'much/NN',
    );
  });

  it('GIVEN a base form right after its subject, with no verb before it THEN it is the present tense for a plural subject and the past for a singular one', () => {
    expect(tags('However, firms continue to scale back investment.')).toContain('continue/VBP');
    expect(tags('Reuters also beat its savings target for 2004.')).toContain('beat/VBD');
    expect(tags('The moves put Malaysia ahead of a 2007 deadline.')).toContain('put/VBP');
    // (Not a verb's second verb: "made them leave" has its verb.)
    expect(tags('He made them leave the room.')).toContain('leave/VB');
  });

  it('GIVEN "is", "are", "was" or "were" after a determiner THEN it is still the verb ("This is/NNS" was Brill\'s)', () => {
    expect(tags('This is a very sensitive area for the big drugs companies.')).toContain('is/VBZ');
    expect(tags('Those were the days.')).toContain('were/VBD');
  });

  it('GIVEN a past form before "by" or "at" THEN it is a participle only where the sentence has another verb ("A man arrested by police was charged", not "Unemployment stood at 25%")', () => {
    expect(tags('A man arrested by police was charged.')).toContain('arrested/VBN');
    expect(tags('Unemployment stood at 25%, compared with 10% before.')).toContain('stood/VBD');
    expect(tags("Iran's parliament voted by a large majority to cut the stake.")).toContain(
      'voted/VBD',
    );
    // (After a preposition that opens the sentence the noun is no subject.)
    expect(tags('According to figures gathered by the watchdog, sales grew.')).toContain(
      'gathered/VBN',
    );
  });

  it('GIVEN "said" after a subject THEN it is the verb', () => {
    expect(tagOf('The three associations all said mortgage lending was slowing.', 'said')).toBe(
      'VBD',
    );
  });
});

describe('tagSentence: a plural noun between a name and the names it describes', () => {
  it('GIVEN "Hollywood stars Leonardo DiCaprio, … and Richard Gere are also in the audience" THEN "stars" is a noun; in "Google buys YouTube for …" "buys" stays the verb', () => {
    const tagOf = (sentence: string, word: string) =>
      tagSentence(sentence).find((t) => t.text === word)?.tag;
    expect(
      tagOf(
        'Hollywood stars Leonardo DiCaprio, Pierce Brosnan and Richard Gere are also in the audience.',
        'stars',
      ),
    ).toBe('NNS');
    expect(tagOf('Google buys YouTube for 1.6bn dollars.', 'buys')).toBe('VBZ');
  });
});

describe('tagSentence on words that name Object methods', () => {
  it('GIVEN "constructor", "valueOf" and "toString" in a sentence THEN each gets a tag string', () => {
    const tags = tagSentence('The constructor said valueOf and toString were renamed.');
    for (const t of tags) expect(typeof t.tag).toBe('string');
    expect(tags[1]?.tag).toMatch(/^NN/);
  });
});

describe('mayHaveVerb (a short line with no verb is a fragment)', () => {
  it.each([
    ['The ability to fly.', false],
    ['The Haka and more!', false],
    ['A cold night in the city.', false],
    ['The Tories promise to keep the payments.', true],
    ['How the mighty have fallen.', true],
    ['Sanjaya Senanayake works for Sri Lankan television.', true],
    ["We've been here one day.", true],
  ])('GIVEN %j THEN %s', (line, expected) => {
    expect(mayHaveVerb(line)).toBe(expected);
  });
});

describe('tagSentence: an ordinal before an adjective or a noun', () => {
  it('GIVEN "the second biggest source" THEN "second" is an adjective, and the label keeps the phrase', () => {
    const tags = tagSentence(
      'Internet auctions were the second biggest source of fraud complaints.',
    );
    expect(tags.find((t) => t.text === 'second')?.tag).toBe('JJ');
  });
});

describe('tagSentence: a surname the lexicon knows only as a common word', () => {
  it('GIVEN "Nicola Sturgeon said …" and "Edward Fox told …" THEN the surname is a name (NNP), not a fish or an animal; "the sturgeon" stays a noun', () => {
    const tagOf = (text: string, word: string) =>
      tagSentence(text).find((t) => t.text === word)?.tag;
    expect(
      tagOf('SNP leader Nicola Sturgeon said the public needed reassurance.', 'Sturgeon'),
    ).toBe('NNP');
    expect(tagOf('Actor Edward Fox told the newspaper he was surprised.', 'Fox')).toBe('NNP');
    expect(tagOf('The sturgeon is a fish.', 'sturgeon')).toBe('NN');
  });
});

describe('tagSentence: a regular "-ed" form right after its subject', () => {
  it('GIVEN "Tom Voyce powered through the defence" (the lexicon lists "powered" only as a participle) THEN it is the past tense, the clause\'s verb; after "has" it stays the participle', () => {
    const tagOf = (text: string, word: string) =>
      tagSentence(text).find((t) => t.text === word)?.tag;
    expect(
      tagOf('Tom Voyce powered through the Irish defence for the second try.', 'powered'),
    ).toBe('VBD');
    expect(tagOf('The engine has powered the car for years.', 'powered')).toBe('VBN');
  });
});

describe('tokenize and tag: abbreviations written with a period', () => {
  it('GIVEN "on Jan. 12" and "Gen. Smith" inside a sentence THEN the period stays with the word, tagged a name; a stop that ends the text goes apart', () => {
    expect(tokenize('They walked out on Jan. 12 after talks.')).toEqual([
      'They',
      'walked',
      'out',
      'on',
      'Jan.',
      '12',
      'after',
      'talks',
      '.',
    ]);
    expect(tagSentence('Gen. Smith ordered a retreat.')[0]).toEqual({ text: 'Gen.', tag: 'NNP' });
    expect(tokenize('He was born in Dec.').slice(-2)).toEqual(['Dec', '.']);
  });
});

describe('hasVerbInContext: a short line with a verb, read in its context', () => {
  it.each([
    ['The usual banking stuff.', false],
    ['A cold night in the city.', false],
    ['A fifth rely entirely on mobiles.', true],
    ['Sanjaya Senanayake works for Sri Lankan television.', true],
    ['We’ve been here one day.', true],
    ['How the mighty have fallen.', true],
  ])('GIVEN %j THEN %s', (text, expected) => {
    expect(hasVerbInContext(text)).toBe(expected);
  });
});
