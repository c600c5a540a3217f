import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en.js';
import { describe, expect, it } from 'vitest';
import { runsOn, splitSentences } from '../../src/summarizer/split-sentences.js';

const CASES: [string, string[]][] = [
  [
    'China sent an envoy to N. Korea on Friday. Trump hailed it.',
    ['China sent an envoy to N. Korea on Friday.', 'Trump hailed it.'],
  ],
  [
    'The U.S. leader wants more. The U.N. measures include bans on coal.',
    ['The U.S. leader wants more.', 'The U.N. measures include bans on coal.'],
  ],
  [
    'He arrived on Nov. 9 in Beijing. Talks began.',
    ['He arrived on Nov. 9 in Beijing.', 'Talks began.'],
  ],
  ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
  // A title's letters in capitals are an acronym (multiple sclerosis), unless the text is in capitals.
  [
    'It is a landmark for patients with MS. Final approval should follow.',
    ['It is a landmark for patients with MS.', 'Final approval should follow.'],
  ],
  ['A MEMO FROM DR. JOHN SMITH. It was read.', ['A MEMO FROM DR. JOHN SMITH.', 'It was read.']],
  [
    'John F. Kennedy was shot in 1963. Oswald was arrested.',
    ['John F. Kennedy was shot in 1963.', 'Oswald was arrested.'],
  ],
  [
    'Prices rose 3.5 percent. Bakers complained.',
    ['Prices rose 3.5 percent.', 'Bakers complained.'],
  ],
  [
    '"Relations are stressed. Perhaps the lowest point," she said. "It may help." He left.',
    ['"Relations are stressed. Perhaps the lowest point," she said.', '"It may help."', 'He left.'],
  ],
  ['He left the U.S. The move surprised many.', ['He left the U.S.', 'The move surprised many.']],
  ['They went home.Half of them stayed.', ['They went home.', 'Half of them stayed.']],
  // A web address with capitals in its parts is one word, not sentences glued together.
  [
    'Claude Errera, editor of fansite Halo.Bungie.Org, said the game was ready. Fans can visit Amazon.Com for more.',
    [
      'Claude Errera, editor of fansite Halo.Bungie.Org, said the game was ready.',
      'Fans can visit Amazon.Com for more.',
    ],
  ],
  [
    '"I\'m up for the challenge."Earlier in December, there were rumours.',
    ['"I\'m up for the challenge."', 'Earlier in December, there were rumours.'],
  ],
  ['Is it true? "Yes!" he said. It was.', ['Is it true?', '"Yes!" he said.', 'It was.']],
];

describe('splitSentences', () => {
  it.each(CASES)('GIVEN %j THEN it splits at real sentence ends only', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("GIVEN natural's SentenceTokenizer THEN it breaks news abbreviations this splitter keeps (why we replaced it)", () => {
    const tokenizer = new SentenceTokenizer(knownAbbreviations);
    const wrong = CASES.slice(0, 3).filter(
      ([text, expected]) => JSON.stringify(tokenizer.tokenize(text)) !== JSON.stringify(expected),
    );
    expect(wrong.length).toBeGreaterThan(0);
  });
});

describe('an ellipsis inside a title', () => {
  it('GIVEN "I\'m A Celebrity... Get Me Out Of Here" THEN the title does not end the sentence', () => {
    expect(
      splitSentences(
        "All four contestants still remain in I'm A Celebrity ... Get Me Out Of Here as no evictions were made. The hosts told them.",
      ),
    ).toEqual([
      "All four contestants still remain in I'm A Celebrity ... Get Me Out Of Here as no evictions were made.",
      'The hosts told them.',
    ]);
  });

  it('GIVEN an ellipsis that trails off before a new sentence THEN it still ends the sentence', () => {
    expect(splitSentences('He waited and waited... Then the bus came at last.')).toEqual([
      'He waited and waited...',
      'Then the bus came at last.',
    ]);
  });
});

describe('runsOn: a sentence that runs into the next without its full stop', () => {
  it.each([
    'Locke has been unbeaten during his first six games in charge of the club He has impressed Mann not only with results.',
    "Gordon Brown urged 'patriotic Scots' to vote Labour And he warned that those casting their vote would help the Tories.",
    'The litigation risks are real, said analyst Vadim Mitroshin The dispute with the Russian authorities is partly political.',
    'The macaque has a distinctive rounded penis compared to other macaques Officially named Macaca leucogenys, it earned its name.',
    'Critical: A guard at the U.S. Census Bureau was shot and critically wounded outside its headquarters.',
    "'We're no heroes, just tourists': The Swedish officers said they were only answering the call of duty.",
    'Kompany looks dejected after seeing his side slump to defeat in London However, after being sent on their way, the fans missed the kick-off.',
    "Little Wil has taken the limits off and 'opened so many doors' for his family In return, the father of five has given him an ability.",
    'A car is stuck under a trailer at the scene of a pileup on Highway 36 Numerous crashes and spin outs have closed several interstates.',
    "Stone stands at the Oval ahead of a team photo shoot on Thursday 'I had a good chat with Tom which was just about general stuff,' said Vane.",
    "Professor Marsh said they would have made 'tremendous advances' The artificial brain is being built by two universities.",
    // A day or a month before the glue is no title's word.
    'Reviews of the best new games will follow on Monday If you think of Snake then you could be in for a surprise.',
    // A closed quotation, then a word that opens sentences, whatever comes after it.
    "Clinton has cast herself as a champion of 'everyday Americans' Another Twitter sleuthing website sampled more than 320,000 of her followers.",
    "It found that a much larger number of them were ‘fake’ Just 4 per cent of President Obama's followers are fake.",
    // A quotation opened after a word and never closed in the sentence; its speaker comes later.
    "The family recently started a Kickstarter campaign 'When Wil was little, he would lie on his stomach and raise his arms like he was flying.",
    // A whole quotation whose speaker's name comes before the verb, with an apostrophe inside.
    "Souness said Bellamy did not score enough goals 'The chap that's just gone has not scored enough,' Souness said.",
  ])('GIVEN %j THEN it runs on', (s) => {
    expect(runsOn(s)).toBe(true);
  });

  it.each([
    'Argentina claimed top spot in Group A with three wins from three matches.',
    '"I don\'t know how many fouls he had He gets up and wants the ball again," he said.',
    'Vin Diesel starred in the family comedy The Pacifier, which topped the box office.',
    "Wesley Snipes' Blade: Trinity was in second, taking $16.1m at the box office.",
    'Other winners included Grand Theft Auto: San Andreas which took the Most Wanted for Christmas prize.',
    'The research, led by Professor James Marshall of the University of Sheffield, was published on Friday.',
    'The scheme was praised by former President Bill Clinton at a dinner in New York on Friday.',
    // Titles run on like that: "Carry On", "On the Waterfront", "When a Man Loves a Woman".
    'She starred in nine of the popular Carry On films, alongside fellow regulars Sid James and Kenneth Williams.',
    'The best actor award was won that year by Marlon Brando for On the Waterfront.',
    'He cited Percy Sledge, whose best-known hit is When a Man Loves a Woman, as a great performer.',
    'The minister said "We will not be moved," said a statement from her office.',
    'Critics called the plan "A recipe for chaos," said the report.',
    // A plural's apostrophe is no closing mark.
    "The band played all of the Beatles' A Hard Day's Night album at the festival in Hyde Park.",
    // A quotation closed before a hyphen, one after a verb of saying, a rating in quotation marks.
    'They may not be "Star Trek"-type extraterrestrials, but we may be close to finding evidence of alien life, a NASA scientist says.',
    "A building superintendent, Ruben George, told the New York Post 'She was arrested and he does not want her back.",
    "S&P, which rates borrowers' creditworthiness, lifted India's rating by one notch to 'BB+'.",
  ])('GIVEN %j THEN it does not', (s) => {
    expect(runsOn(s)).toBe(false);
  });
});

describe('splitSentences: a quotation reopened without being closed', () => {
  it('GIVEN a reopened quotation and narration after it THEN the narration is split into its sentences', () => {
    expect(
      splitSentences(
        "\"We're looking to getting him back soon, but he'll be back when it's right for us. \"There's no plans at the moment around the Barcelona game.\" His comments contradict those of the chiropractor who treated him at the start of February. Robben had been expected to be out for six weeks.",
      ),
    ).toEqual([
      "\"We're looking to getting him back soon, but he'll be back when it's right for us.",
      '"There\'s no plans at the moment around the Barcelona game."',
      'His comments contradict those of the chiropractor who treated him at the start of February.',
      'Robben had been expected to be out for six weeks.',
    ]);
  });

  it('GIVEN a quotation of two sentences with its speaker after it THEN it stays one unit', () => {
    expect(splitSentences('"We won. It was great," she said. The fans went home happy.')).toEqual([
      '"We won. It was great," she said.',
      'The fans went home happy.',
    ]);
  });
});

describe('splitSentences: a nickname after initials', () => {
  it('GIVEN \'J.P. "The Big Bopper" Richardson\' THEN the name is not split', () => {
    expect(
      splitSentences(
        'He saw that Buddy Holly, Ritchie Valens and J.P. "The Big Bopper" Richardson had been killed. The news shocked him.',
      ),
    ).toEqual([
      'He saw that Buddy Holly, Ritchie Valens and J.P. "The Big Bopper" Richardson had been killed.',
      'The news shocked him.',
    ]);
  });
});

describe('splitSentences: a product name with a period inside', () => {
  it('GIVEN "The VW ID. SPACE VIZZION is the seventh EV …" THEN one sentence; "… in the US. NASA said …" is still two', () => {
    expect(
      splitSentences(
        'The VW ID. SPACE VIZZION is the seventh EV to use the platform. It goes on sale in 2021.',
      ),
    ).toEqual([
      'The VW ID. SPACE VIZZION is the seventh EV to use the platform.',
      'It goes on sale in 2021.',
    ]);
    expect(
      splitSentences('The probe was built in the US. NASA said it would launch in May.'),
    ).toEqual(['The probe was built in the US.', 'NASA said it would launch in May.']);
  });
});

describe('splitSentences: an ellipsis inside a title with small words', () => {
  it('GIVEN "The finale of ITV1\'s I\'m a Celebrity... Get Me Out of Here drew 10.9m viewers." THEN one sentence', () => {
    expect(
      splitSentences(
        "The finale of ITV1's I'm a Celebrity... Get Me Out of Here drew an average of 10.9m viewers. It was won by Joe Pasquale.",
      ),
    ).toEqual([
      "The finale of ITV1's I'm a Celebrity... Get Me Out of Here drew an average of 10.9m viewers.",
      'It was won by Joe Pasquale.',
    ]);
  });
});

describe('splitSentences: a quotation that ends on "!" or "?", then its speaker', () => {
  it.each([
    [
      '“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day. “Matt has my Complete and Total Endorsement.”',
      [
        '“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.',
        '“Matt has my Complete and Total Endorsement.”',
      ],
    ],
    [
      '"The next day I went to school in shock and guess what?" McLean recalled. "Nobody cared."',
      [
        '"The next day I went to school in shock and guess what?" McLean recalled.',
        '"Nobody cared."',
      ],
    ],
    [
      '"Why not?" John Smith told the BBC News website. He left.',
      ['"Why not?" John Smith told the BBC News website.', 'He left.'],
    ],
  ])('GIVEN %j THEN the speaker stays with the quotation', (paragraph, sentences) => {
    expect(splitSentences(paragraph)).toEqual(sentences);
  });

  it.each([
    [
      '"Why don\'t they clean up their act?" Mr Blair said he would not respond to the claim.',
      ['"Why don\'t they clean up their act?"', 'Mr Blair said he would not respond to the claim.'],
    ],
    ['"Why not?" He said: "We need winners."', ['"Why not?"', 'He said: "We need winners."']],
  ])(
    'GIVEN %j, where the verb goes on to a clause of its own, THEN two sentences',
    (paragraph, sentences) => {
      expect(splitSentences(paragraph)).toEqual(sentences);
    },
  );
});
