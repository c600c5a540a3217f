import { describe, expect, it } from 'vitest';
import { headlineLabel, labelPoints } from '../../src/summarizer/label.js';
import { labelProblems } from '../../src/summarizer/label-checks.js';
import { tagSentence } from '../../src/summarizer/pos/tag.js';
import { prepareArticle } from '../../src/summarizer/prepare.js';

describe('headlineLabel: subject, whole verb group, object head', () => {
  it.each([
    [
      'China dispatched a special envoy to North Korea on Friday, a trip hailed as a "big move".',
      'China dispatched special envoy',
    ],
    // ("this year" after the object says when: no second object, so the label stops before it.)
    [
      'British director Ama Sante won the Film Talent Award this year for her debut feature.',
      'British director Ama Sante won Film Talent Award',
    ],
    [
      "But experts doubt Song's visit will yield major breakthroughs.",
      "Experts doubt Song's visit will yield major breakthroughs",
    ],
    [
      'Norvane Semiconductor will push back the opening of its plant by two years.',
      'Norvane Semiconductor to push back opening of its plant',
    ],
    ['As nuclear tensions have soared, Xi has pushed for talks.', 'Xi has pushed for talks'],
    // A participle's phrase between commas after a short subject describes it.
    [
      'The Commodore 64, launched in 1982, was one of the first affordable home PCs.',
      'Commodore 64 was one of first affordable home PCs',
    ],
    // A noun-first word before "to" and a base form, with no other verb after, is the verb.
    [
      'Organisers hope to raise at least £250,000 from the show.',
      'Organisers hope to raise at least £250,000',
    ],
    // An -ing participle's phrase after the subject is an aside too ("starring …").
    [
      'Hollywood blockbuster The Aviator, starring Leonardo DiCaprio, leads the field with 14 nominations.',
      'Hollywood blockbuster Aviator leads field',
    ],
    // Not after a clause: there the phrase goes on from its verb, and the label is the clause's.
    [
      "Sales have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart-Track.",
      'Sales have tripled, said market analysts Chart-Track',
    ],
    // "official" ends its noun phrase: the object's head.
    [
      'Kaplan then declined the chance to consult the fourth official when Lewsey took the ball over the line.',
      'Kaplan declined chance to consult fourth official',
    ],
    // A quotation said whole at the end stays: '… were "affordable"'.
    [
      'Mr Brown insisted his spending plans were "affordable".',
      'Mr Brown insisted his spending plans were affordable',
    ],
    // "US" is the country, not "us".
    [
      'Mr Blair said states had to work with the US to fight global terrorism.',
      'Mr Blair said states had to work with US',
    ],
    // "His participation" alone does not say in what.
    [
      'His participation in the Australian Open, which begins on 17 January in Melbourne, also remains in doubt.',
      'His participation in Australian Open remains in doubt',
    ],
    // After "did", the verb's base form: not "did reply/NN" with the rest lost.
    [
      'The survey did not interview teenagers but it is likely that millions of under-18s also have MP3 players.',
      'Survey did not interview teenagers',
    ],
    // ", or 6%," restates the amount: no list, the label stays.
    [
      'Barclays shares were up 8 pence, or 1.3%, at 605 pence by late morning.',
      'Barclays shares were up 8 pence',
    ],
    // "and the recall only affects …" joins a clause, not a second object.
    [
      'The faulty part does not represent a safety risk and the recall only affects pumps made in December.',
      'Faulty part does not represent safety risk',
    ],
    [
      'A family bakery on the harbour front has won the national bread championship.',
      'Family bakery has won national bread championship',
    ],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });
});

describe('headlineLabel keeps what makes the sentence true', () => {
  it.each([
    // The accused stays the accused: the passive and "alleged to have" stay.
    [
      'The mayor is alleged to have told staff that the audit was rigged.',
      'Mayor alleged to have told staff audit was rigged',
    ],
    // A claim stays a claim: who argued it, and "would".
    [
      'Opponents argued that buses would serve the hospital at a fraction of the price.',
      'Opponents argued buses would serve hospital',
    ],
    // Who said so.
    [
      'Traders said the rally was set off by a seasonal outlook from forecasters.',
      'Traders said rally was set off by seasonal outlook',
    ],
    [
      'Time Warner said on Friday that it now owns 8% of search-engine Google.',
      'Time Warner said it owns 8% of search-engine Google',
    ],
    [
      'The Vestey Group said it had not been informed of any planned seizure.',
      'Vestey Group said it had not been informed',
    ],
    ['The song will not be released as a single.', 'Song will not be released as single'],
    // A part of a whole keeps its "the": not "Some of comments were humorous".
    ['Some of the comments were humorous, wrote one reader.', 'Some of the comments were humorous'],
    [
      'Most of the men are being indefinitely held in Belmarsh prison.',
      'Most of the men being held in Belmarsh prison',
    ],
    // "most" before its adjective stays: not "World's populous country has …".
    [
      "The world's most populous country - population 1.3bn - now has about 200 million middle-class consumers.",
      'Most populous country has about 200 million middle-class consumers',
    ],
    // A gerund that names a thing ends a label well.
    [
      'In January, Mitsubishi Motors issued its third profits warning, and cut its sales forecasts.',
      'Mitsubishi Motors issued its third profits warning',
    ],
    // "A number of", "a host of": an amount, not the head (not "Number of new roles being created").
    [
      'A number of new roles are being created in each department.',
      'New roles being created in each department',
    ],
    [
      'A host of stars are expected to grace the red carpet outside the Kodak Theatre.',
      'Stars expected to grace red carpet',
    ],
    // With nothing after the verb, the adverb of how ends the label.
    [
      'The dollar has weakened sharply since September when it traded about $1.20 against the euro.',
      'Dollar has weakened sharply',
    ],
    // A title or a name that runs across a preposition stays whole: not "US film Lost won awards".
    [
      'US film Lost in Translation won three awards at the ceremony.',
      'US film Lost in Translation won three awards',
    ],
    [
      'The Office for National Statistics (ONS) said retail sales rose 0.6% on the month.',
      'Office for National Statistics said retail sales rose 0.6%',
    ],
    [
      'Leon Yeaman, 55, was allegedly killed by a single punch on Sunday.',
      'Leon Yeaman was allegedly killed by single punch',
    ],
    // "nearly crashed" is not "crashed": a hedge of degree stays.
    ['The pilot nearly crashed the plane into the sea on Monday.', 'Pilot nearly crashed plane'],
    [
      'Thanou, 30, was provisionally suspended for missing a test before the Olympics.',
      'Thanou was provisionally suspended for missing test',
    ],
    [
      'The company has temporarily closed its plant in Ohio.',
      'Company has temporarily closed its plant',
    ],
    // An adjective inside a compound noun phrase stays with it.
    [
      'Sir John Gieve was Home Office permanent secretary during the saga which ended with Mr Blunkett quitting.',
      'Sir John Gieve was Home Office permanent secretary',
    ],
    // "a total/JJ of 14 points": the quantity keeps its "of"; a purpose clause that does not fit goes.
    [
      'The Munster number 10 kicked a total of 14 points, including two drop goals, to help keep alive their Grand Slam hopes.',
      'Munster number 10 kicked total of 14 points',
    ],
    // A gerund ending a noun phrase is its head: not "comes before Celtic's Boxing Day".
    [
      "Bulgaria's game comes before Celtic's Boxing Day meeting with Hearts.",
      "Bulgaria's game comes before Celtic's Boxing Day meeting",
    ],
    // "It is launching" keeps its "is"; "allow people | to publish" does not fit, so the purpose goes.
    [
      'It is launching a test service to allow people to publish blogs, or online journals, called MSN Spaces.',
      'It is launching test service',
    ],
    // "as the show unfolds" is a clause, not "as show".
    [
      'About 50,000 new products will be unveiled as the show unfolds.',
      'About 50,000 new products to be unveiled',
    ],
    // "keynote/VBP" between nouns in a clause that has its verb is a noun.
    [
      'Microsoft chief Bill Gates is to make a pre-show keynote speech on Wednesday.',
      'Microsoft chief Bill Gates is to make pre-show keynote speech',
    ],
    [
      'The game has sold more than five million copies worldwide.',
      'Game has sold more than five million copies',
    ],
    // A degree word keeps its adjective; a gerund after an adjective and before "for" is a noun.
    [
      'Many US networks and broadcasters are now more nervous about airing nudity.',
      'Many US networks and broadcasters are more nervous',
    ],
    // A connective inside the clause links to a sentence not shown: not "Battlefront on other hand revisits …".
    [
      'Battlefront on the other hand revisits the elements of the hit movies themselves.',
      'Battlefront revisits elements of hit movies',
    ],
    // "Number 10" is a place, no rank.
    ['Mr Campbell quit Number 10 in August 2003 after six years.', 'Mr Campbell quit Number 10'],
    // (With nothing after it to bound it: "… for a December release" would, see below.)
    ['The triumph marks the fourth-biggest opening.', 'Triumph marks fourth-biggest opening'],
    // "has learnt/NN that …": after "has" comes the participle, and the clause said follows.
    [
      'The BBC has learnt that the club is set to accept the latest plan.',
      'BBC has learnt club is set to accept latest plan',
    ],
    // "said it planned/VBN": after a subject pronoun a participle is the past tense.
    [
      'Fairmont said it planned to invest $48m (£26m) in the Savoy.',
      'Fairmont said it planned to invest $48m in Savoy',
    ],
    // "According to X, …" is an attribution: it stays, at the end.
    [
      'According to the lawsuit, the injury was suffered during the firing of explosions as part of a special effect.',
      'Injury was suffered during firing of explosions, according to lawsuit',
    ],
    // A pronoun keeps "will".
    [
      'They will be provisionally banned from competition.',
      'They will be provisionally banned from competition',
    ],
    // How a thing went stays with a verb that has no object; "previously" stays.
    [
      'Energy and telecommunication stocks performed particularly well, recording an 8%-10% rise since Monday morning.',
      'Energy and telecommunication stocks performed particularly well',
    ],
    [
      "The chancellor has previously planned the party's election strategy but this time the role will be filled by Alan Milburn.",
      "Chancellor has previously planned party's election strategy",
    ],
    // An attribution with the verb first stays: "…, say industry experts".
    [
      'New battery designs could boost power significantly, say industry experts.',
      'New battery designs could boost power, say industry experts',
    ],
    // A list inside an "including" aside goes whole; a time word that owns the object stays.
    [
      "A host of Hollywood stars, including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere, are expected to attend Saturday's ceremony.",
      "Hollywood stars expected to attend Saturday's ceremony",
    ],
    // A trailing attribution stays, shortened to who.
    [
      'The world’s biggest carmaker General Motors (GM) is recalling nearly 200,000 vehicles in the US on safety grounds, according to federal regulators.',
      'General Motors recalling nearly 200,000 vehicles, according to federal regulators',
    ],
    [
      'Diplomat Song Tao was travelling to the North on behalf of President Xi, foreign ministry spokesman Geng Shuang said.',
      'Diplomat Song Tao was travelling to North, Geng Shuang said',
    ],
    ['"The deal is dead," Smith said.', 'Smith says deal is dead'],
    // After a verb of saying a clause opens: its verb is the past tense, not "needed/VBN"; not
    // "says Conte is seeking $25m" (it is she who seeks it).
    [
      'He said advocates for reform needed to be inside the Lords to vote for it.',
      'He said advocates for reform needed to be inside Lords',
    ],
    [
      'The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m in the suit.',
      'Sydney Olympic gold medallist says Conte damaged her reputation',
    ],
    // A name after the preposition says which: not "Fourth-quarter losses totalled $345m".
    [
      'The fourth-quarter losses at General Motors Europe totalled $345m, up from $66m in 2003.',
      'Fourth-quarter losses at General Motors Europe totalled $345m',
    ],
    // An adjective after a determiner is followed by its noun, not a verb ("start/VB").
    [
      'Henman made an impressive start to the year, only faltering against Nalbandian.',
      'Henman made impressive start',
    ],
    // A gerund after one thing ("a … bill") tells more of it; the thing alone is still true.
    [
      'The cross-party group has unveiled a draft bill proposing a smaller second chamber.',
      'Cross-party group has unveiled draft bill',
    ],
    [
      'The Da Vinci Code is being made into a film starring Tom Hanks.',
      'Da Vinci Code being made into film',
    ],
    // A value is the point: not "Bracknell-based Exel is valued", but with the value.
    [
      'With its shares closing Tuesday at 873p, Bracknell-based Exel is currently valued at £2.6bn.',
      'Bracknell-based Exel is valued at £2.6bn',
    ],
    // Money before a clause is a whole object; before its noun or "apiece" it is not.
    [
      'Shareholders lost about $180bn when the company collapsed, while 20,000 workers lost their jobs.',
      'Shareholders lost about $180bn',
    ],
    // "added" before a number adds that; it says nothing.
    [
      'Fly-half Stephen Jones added four conversions as Wales maintained their start to the tournament.',
      'Fly-half Stephen Jones added four conversions',
    ],
    // An amount of money is the copula's complement ("$3.5bn" was read as a web address).
    [
      'Fourth quarter turnover was $44.7bn, compared to $45.9bn a year ago.',
      'Fourth quarter turnover was $44.7bn',
    ],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN a gerund that says which ones, completes the verb, or is the clause of its noun THEN no label without it', () => {
    expect(
      headlineLabel('Police will fine drivers using mobile phones at the wheel.'),
    ).toBeUndefined();
    expect(headlineLabel('Officers saw a man running from the scene.')).toBeUndefined();
    expect(
      headlineLabel('Mr Glazer hopes this will lead to a formal bid being accepted.'),
    ).toBeUndefined();
  });

  it('GIVEN a label that would end on a possessor whose noun was lost ("by the Austrian | \'s drop shots") THEN none; the same word used as a possessor earlier in the sentence does not count', () => {
    expect(
      headlineLabel("Agassi was often bamboozled by the Austrian's drop shots in San Jose."),
    ).toBeUndefined();
    // (Nor does it drop the "a" of a quoted "a lot of India": whole, or no label.)
    const lot = headlineLabel(
      'Shailendra Singh, the founder of India\'s Percept Films, said there would be "a lot of India" in the movie - and that an Indian train would play a big role.',
    );
    expect(lot === undefined || /\ba lot of India\b/.test(lot), `${lot}`).toBe(true);
  });

  it('GIVEN "had declared Saturday as \'Cantona Day\'" THEN the day declared is no time phrase to drop ("had declared as Cantona Day")', () => {
    const label = headlineLabel(
      "United fans had declared Saturday as 'Cantona Day' and had planned to wear masks.",
    );
    expect(label ?? '').not.toMatch(/declared as/);
  });

  it('GIVEN a number with its unit ("82 per cent") or a title run across "\'s" ("Dead Man\'s Shoes") THEN the label keeps them whole or has none', () => {
    expect(headlineLabel('Sales rose 5 per cent last year.')).toBe(
      'Sales rose 5 per cent last year',
    );
    expect(
      headlineLabel(
        'By 2060, immigrants could account for 82 per cent of all population growth in the country.',
      ) ?? '',
    ).not.toMatch(/82$/);
    expect(headlineLabel("Dead Man's Shoes picked up the best film award.")).toBe(
      "Dead Man's Shoes picked up best film award",
    );
    expect(
      headlineLabel("Shane Meadows' Dead Man's Shoes picked up the best film award.") ?? '',
    ).not.toMatch(/^Shoes/);
  });

  it('GIVEN "have banded together to raise cash" THEN "together" stays with its verb; GIVEN a modal claim under "Without …," THEN no label (it holds only on that condition)', () => {
    expect(
      headlineLabel(
        'Fans of the software have banded together to raise cash to pay for an advert.',
      ),
    ).toBe('Fans of software have banded together to raise cash');
    expect(
      headlineLabel(
        'Without major changes in current policies, the federal budget simply cannot hold together.',
      ),
    ).toBeUndefined();
  });

  it('GIVEN first-person speech THEN no label (no faithful short form; no label beats a wrong one)', () => {
    expect(headlineLabel("'We did not expect to win,' Tomas Lind said.")).toBeUndefined();
    expect(
      headlineLabel("I'm fortunate I was put into this position at a great club."),
    ).toBeUndefined();
  });

  it('GIVEN a clause said that does not fit THEN no label, not the verb and a noun ("found 12.1 trillion pesos")', () => {
    const label = headlineLabel(
      'It also found 12.1 trillion pesos was going to the wrong people, the department said.',
    );
    expect(label ?? '').not.toMatch(/found 12\.1 trillion pesos(?! was going to)/);
  });

  it('GIVEN "take to the court" or "out of the office" THEN no label drops the "the" that keeps it from an idiom ("take to court" is to sue)', () => {
    const court = headlineLabel(
      'Rusedski was unable to take to the court because of a problem with his rib-cage.',
    );
    expect(court ?? '').not.toMatch(/take to court/);
    const office = headlineLabel('The minister was out of the office for most of the week.');
    expect(office ?? '').not.toMatch(/out of office/);
  });
});

describe('headlineLabel leaves out a quantity measured from something', () => {
  it('GIVEN "published exactly 70 years after …" THEN no label says "published 70 years"', () => {
    const label = headlineLabel(
      'The findings have been published exactly 70 years after Hitler died.',
    );
    expect(label ?? '').not.toMatch(/70 years/);
  });
  it('GIVEN "save £6m a year" THEN the rate stays with the amount', () => {
    expect(
      headlineLabel('Mr Straw said the move would save £6m a year to free up cash for priorities.'),
    ).toBe('Mr Straw said move would save £6m a year');
  });
});

describe('headlineLabel keeps how much or how badly', () => {
  it.each([
    ['Police said no one was seriously hurt.', 'seriously hurt'],
    ['He was fatally stabbed outside a bar in Leeds.', 'fatally stabbed'],
    [
      'The vaccine is largely effective against the new strain, researchers said.',
      'largely effective',
    ],
  ])('GIVEN %j THEN a label, if any, keeps "%s"', (sentence, phrase) => {
    const label = headlineLabel(sentence);
    if (label !== undefined) expect(label).toContain(phrase);
    // (A label without the adverb is what no label may be.)
    expect(
      labelProblems(label?.replace(`${phrase.split(' ')[0]} `, '') ?? 'x', sentence),
    ).toContain('dropped-cue');
  });
});

describe('headlineLabel never shows half of an outcome that "but" turns', () => {
  it.each([
    'The singer was cleared of assault but convicted of criminal damage.',
    'The plan was approved by the council but rejected by ministers.',
  ])('GIVEN %j THEN no label stops before "but"', (sentence) => {
    const label = headlineLabel(sentence);
    expect(label === undefined || / but /.test(label)).toBe(true);
  });
});

describe('headlineLabel: a gerund after the preposition that opens the object', () => {
  it.each([
    ['The mayor has been accused of bullying staff.', 'Mayor has been accused of bullying staff'],
    // Cleared or charged of what: not "Pair were cleared".
    [
      'The high-profile pair were cleared of doping offences by the national federation last month.',
      'High-profile pair were cleared of doping offences',
    ],
    // Not "Moya made up": what he made up for comes along.
    [
      "Moya made up for missing Spain's 2000 victory through injury by beating Roddick.",
      "Moya made up for missing Spain's 2000 victory",
    ],
    // A helper's gerund is no head: the label stops before it, as before.
    ['Den died after being confronted by Zoe in the Queen Vic.', 'Den died'],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN "Two men were charged with trying to smuggle cigarettes." THEN no label ends on "with trying"', () => {
    const label = headlineLabel('Two men were charged with trying to smuggle cigarettes.');
    expect(label === undefined || !/with trying$/.test(label)).toBe(true);
  });
});

describe('headlineLabel keeps a name written with a small first letter', () => {
  it('GIVEN "The iPhone 16e will cost $499 in the US." THEN the label opens on "iPhone", not "IPhone"', () => {
    expect(headlineLabel('The iPhone 16e will cost $499 in the US.')).toBe(
      'iPhone 16e to cost $499',
    );
  });
});

describe('headlineLabel keeps what a verb of showing reports whole', () => {
  it.each([
    'The cuts show how artificial intelligence tools are starting to replace sales staff.',
    'The figures show how quickly prices are rising.',
    'The big picture: The cuts show how artificial intelligence tools are starting to replace sales staff.',
  ])('GIVEN %j THEN no label cuts the clause ("Cuts show starting to replace …")', (sentence) => {
    const label = headlineLabel(sentence);
    expect(label === undefined || /\b(?:are|is)\b/.test(label)).toBe(true);
  });

  it('GIVEN "The big picture: Google cut 12,000 jobs, about 6% of its workforce." THEN the run-in head is no part of the label', () => {
    expect(
      headlineLabel('The big picture: Google cut 12,000 jobs, about 6% of its workforce.'),
    ).toBe('Google cut 12,000 jobs');
  });
});

describe('headlineLabel never cuts a tally after its first number', () => {
  it('GIVEN "The proposal was rejected by 12 votes to 9." THEN no label says "by 12 votes" (a margin of 12)', () => {
    const label = headlineLabel('The proposal was rejected by 12 votes to 9.');
    expect(label === undefined || /12 votes to 9/.test(label)).toBe(true);
  });

  it('GIVEN "Sales rose 2.8% to 14.96bn euros." THEN "Sales rose 2.8%" still says how much', () => {
    expect(headlineLabel('Sales rose 2.8% to 14.96bn euros.')).toBe('Sales rose 2.8%');
  });
});

describe('labelProblems: what no label may do', () => {
  it('GIVEN a verbless label, a function-word end or a dropped cue THEN each is named', () => {
    expect(
      labelProblems('West Brom midfielder', 'The West Brom midfielder signed on Monday.'),
    ).toContain('no-verb');
    expect(
      labelProblems('Storm warning issued for', 'A storm warning was issued for the coast.'),
    ).toContain('weak-end');
    expect(
      labelProblems(
        'Mayor told staff audit was rigged',
        'The mayor is alleged to have told staff that the audit was rigged.',
      ),
    ).toContain('dropped-cue');
    expect(
      labelProblems(
        'Buses serve hospital',
        'Opponents argued that buses would serve the hospital.',
      ),
    ).toContain('dropped-cue');
    expect(
      labelProblems(
        "She didn't turn to prostitution",
        "She didn't immediately turn to prostitution but used it as a last resort.",
      ),
    ).toContain('dropped-cue');
    expect(
      labelProblems(
        "She didn't immediately turn to prostitution",
        "She didn't immediately turn to prostitution but used it as a last resort.",
      ),
    ).not.toContain('dropped-cue');
    expect(labelProblems('Audit was rigged', 'The audit was rigged, a court has heard.')).toContain(
      'dropped-cue',
    );
  });

  it('GIVEN a faithful headline THEN no problem', () => {
    expect(
      labelProblems(
        'Audit was rigged, court has heard',
        'The audit was rigged, a court has heard.',
      ),
    ).toEqual([]);
  });
});

describe('headlineLabel names the right actor, or none', () => {
  it.each([
    // After a participle and a list, the subject follows the last comma.
    [
      'Featuring the voices of Ewan McGregor, Halle Berry and Mel Brooks, Robots follows a robot inventor who moves to a big city.',
      'Robots follows robot inventor',
    ],
    // A capitalised "-ly" word the lexicon does not know is a name.
    [
      'R&B star Nelly has the new number one single with Over and Over.',
      'R&B star Nelly has new number one single',
    ],
    [
      'The German club said the player had pulled out because of a back injury.',
      'German club said player had pulled out',
    ],
    // A common noun keeps the phrase that says what it is: not "Declines have contributed",
    // "End came out of blue", "House ruled".
    [
      'Declines in the dollar have also contributed to the rising oil price.',
      'Declines in dollar have contributed to rising oil price',
    ],
    [
      'Even the end of his nine-year career came out of the blue, just four days before the start of the season.',
      'End of his nine-year career came out of blue',
    ],
    [
      'House of Lords law lords ruled against the detention measures last week.',
      'House of Lords law lords ruled against detention measures',
    ],
    ['Officials in Kabul said the line would close.', 'Officials in Kabul said line would close'],
    // A title's capitalised words are its name, whatever their tags: not "Baby continued …".
    [
      "Clint Eastwood's boxing drama Million Dollar Baby continued to perform well in sixth place.",
      'Million Dollar Baby continued to perform well in sixth place',
    ],
    // An amount said, its end point may go.
    [
      'Milling wheat on the Paris-based Euronext exchange climbed 2.6 percent to 259 euros a tonne.',
      'Milling wheat climbed 2.6 percent',
    ],
    // "The number of people | out of work": the phrase that says which people stays.
    [
      'The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004.',
      'Number of people out of work rose 32,000',
    ],
    // A gerund ending the subject is its head: not "Consumer was strong".
    [
      'Consumer spending was strong in December, and festive sales were also up on 2003.',
      'Consumer spending was strong',
    ],
    // A name after a preposition is not the head: not "US sought bankruptcy protection".
    [
      'The seventh largest carrier in the US sought bankruptcy protection for a second time last September.',
      'Seventh largest carrier in US sought bankruptcy protection',
    ],
    // A bare noun keeps its participle's phrase: not "People were given drug".
    [
      "People suffering Alzheimer's disease were given the drug.",
      "People suffering Alzheimer's disease were given drug",
    ],
    // A negation of how well keeps the "well": not "Browser does not yet work with …".
    [
      'The browser does not yet work well with screen reader software often used by blind people.',
      'Browser does not yet work well with screen reader software',
    ],
    // A place's name run across its "'s" is one name: not "High School says …".
    [
      "St Fintian's High School says it is clearly identified in the video.",
      "St Fintian's High School says it is identified",
    ],
    // Doing nothing, with for what when it fits.
    [
      'The latest scandal at the bank will do nothing to reassure foreign investors.',
      'Latest scandal to do nothing to reassure foreign investors',
    ],
    // A fraction keeps its "a" or is left out: not "… have risen by fifth" (an ordinal).
    [
      'Chinese PC sales have risen by a fifth in each of the past two years, but are now growing more slowly.',
      'Chinese PC sales have risen by a fifth',
    ],
    // "will hope to" stays: not "McIlroy to hope to confirm his place".
    [
      'In-form James McIlroy will hope to confirm his place in the British team for Madrid.',
      'In-form James McIlroy will hope to confirm his place',
    ],
    // A passive's agent followed by an aside keeps its label.
    [
      'Dr Greenspan was invited by Chancellor Gordon Brown, whose father used to preach at the church.',
      'Dr Greenspan was invited by Chancellor Gordon Brown',
    ],
    // "only" that limits the object stays.
    [
      'Most blogs may have only a small readership, but experts say they give people a say in politics.',
      'Most blogs may have only small readership',
    ],
    // An amount that ends the sentence stays.
    [
      'Despite seeing net profits rise by 44% during October to December, Wall Street had expected more.',
      'Wall Street had expected more',
    ],
    // "for an hour" is not "for hour".
    [
      'Flights were affected for an hour on Wednesday morning, double the time that had been expected.',
      'Flights were affected for an hour',
    ],
    // A participle inside the subject is no main verb: not "87% of 1,000 adults quizzed by ICM".
    [
      'And 87% of the 1,000 adults quizzed by ICM for the BBC said politicians did not deliver.',
      '87% of 1,000 adults said politicians did not deliver',
    ],
    // A manner or comparison the verb needs stays: not "Bez reacted to result of vote", "Data
    // takes to publish". (Of "… to the news that he had been nominated …" there is no label now:
    // "news" without the clause that says which is vague.)
    [
      'Bez reacted badly to the result of the vote on Friday night.',
      'Bez reacted badly to result of vote',
    ],
    [
      'Though reliable, ONS data takes longer to publish, so now the bank is calling for faster data.',
      'ONS data takes longer to publish',
    ],
    // "will need to" stays: not "Passengers to need to own …".
    [
      'Passengers will need to own a Nokia 3220 handset which will have a special shell.',
      'Passengers will need to own Nokia 3220 handset',
    ],
    // "is yet to" is not "is to": the "yet" stays.
    [
      'The BBC is yet to confirm the final two stars who will battle it out.',
      'BBC is yet to confirm final two stars',
    ],
    // A one-word name that owns the subject says which one: not "Oldest film studio …".
    [
      "Japan's oldest film studio will also be honoured along with Day-Lewis.",
      "Japan's oldest film studio will be honoured",
    ],
    // A whole name that owns it too, its apostrophe kept: not "Hit show …", "Growers domestic …".
    [
      "Tom Ashby's new film triumphed in the battle for best new drama.",
      "Tom Ashby's new film triumphed in battle",
    ],
    [
      "Growers' export sales fell back slightly in the quarter.",
      "Growers' export sales fell back slightly in quarter",
    ],
    // "sworn in": the particle stays with its verb (not "Mr Bush was sworn").
    ['The police stepped in to stop the fight.', 'Police stepped in to stop fight'],
    // A name that runs across "of" is one name: not "Conwy denied …".
    [
      'Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved.',
      'Lord Roberts of Conwy denied security services were involved',
    ],
    // A thousands separator is no clause break: not "000 mobile phones have been left".
    [
      'In London alone, some 63,000 phones have been left in black cabs.',
      'Some 63,000 phones have been left in black cabs',
    ],
    // The possessor is not the head.
    [
      "Vin Diesel's family comedy The Pacifier fell to the number two spot, taking $18.1m.",
      'Family comedy Pacifier fell to number two spot',
    ],
    // A number's noun comes after "of"; the dash aside goes; the first noun run is the head.
    [
      "In fact, six of Herrera's seven goals have been scored without him.",
      "Six of Herrera's seven goals have been scored",
    ],
    [
      'Poland - a large and therefore crucial EU member - has requested more time to consider the issue.',
      'Poland has requested more time to consider issue',
    ],
    // "said in a news release" is a trailing attribution too.
    [
      'The telescope has found two new moons, NASA said in a news release.',
      'Telescope has found two new moons, NASA said',
    ],
    // An adjective's infinitive comes along.
    [
      'Track officials had been keen to secure a chairman for the club.',
      'Track officials had been keen to secure chairman',
    ],
    // "right to exist": an infinitive with nothing after it stands alone.
    [
      "Iran refuses to recognise Israel's right to exist and does not allow its citizens to travel.",
      "Iran refuses to recognise Israel's right to exist",
    ],
    // Brill's "-ing" rule does not make a known noun a verb.
    [
      'Spring brings a string of new films to the cinemas.',
      'Spring brings string of new films to cinemas',
    ],
    ['The king opened the new hospital wing on Monday.', 'King opened new hospital wing'],
    // A number keeps its noun.
    [
      'The Dens Park bad boy will miss two forthcoming games against former club Celtic.',
      'Dens Park bad boy to miss two forthcoming games',
    ],
    // Within a possessor's own firsts, or a position, a label stays.
    ['Williams won her first Grand Slam title in 1999.', 'Williams won her first Grand Slam title'],
    // An article inside a name stays: not "Top of Pops".
    [
      'Top of the Pops was relaunched in a blaze of publicity in December last year.',
      'Top of the Pops was relaunched in blaze of publicity',
    ],
    // A when after "first … did" is no loss.
    ['Windsor-born Haskell first joined Wasps in 2002.', 'Windsor-born Haskell first joined Wasps'],
    // "Three years ago" opens the clause; a date keeps its month; "deliberately" is the claim.
    [
      'Three years ago Smith smashed the world record in two hours 18 minutes.',
      'Smith smashed world record',
    ],
    [
      'Profits for the year to 31 December rose 20% to £4.6bn.',
      'Profits for year to 31 December rose 20%',
    ],
    [
      'Ferguson believes Henry deliberately caught Heinze on the head with his knee.',
      'Ferguson believes Henry deliberately caught Heinze',
    ],
    // "too" is what the sentence says: not "Contest is close to call".
    [
      'Most observers believe the contest is too close to call, although little polling has been done.',
      'Most observers believe contest is too close to call',
    ],
    // "through which …" opens a relative clause the object does without.
    [
      'Blogs are free sites through which people publish thoughts and opinions.',
      'Blogs are free sites',
    ],
    [
      'The report was released on the eve of a crucial vote in which MPs backed the plan.',
      'Report was released on eve of crucial vote',
    ],
    // A participle's particle stays with it: not "O'Sullivan said players coming had …".
    [
      "O'Sullivan said the players coming in had the opportunity to stake claims for inclusion against Argentina on 27 November.",
      "O'Sullivan said players coming in had opportunity to stake claims",
    ],
    // The phrase an object needs comes along when it fits: where to, to whom, as what, from
    // where, where a player starts (on the bench, he does not), the final of what.
    [
      'Already one tabloid newspaper in LA is issuing photographers with camera phones to help them.',
      'One tabloid newspaper in LA issuing photographers with camera phones',
    ],
    [
      'The advert described the Star Trek franchise as a "cultural icon".',
      'Advert described Star Trek franchise as cultural icon',
    ],
    [
      'Podcasting takes its name from the Apple iPod, although you do not need an iPod to create one.',
      'Podcasting takes its name from Apple iPod',
    ],
    [
      'Little Britain began life as a radio series on Radio 4.',
      'Little Britain began life as radio series',
    ],
    [
      'Critics say the constitution is a further step towards a federal Europe, but advocates say it ensures effective operation of the enlarged EU.',
      'Critics say constitution is further step towards federal Europe',
    ],
    [
      "Jol, who has coached in his native Holland, has guided Spurs to the Premiership's top eight.",
      "Jol has guided Spurs to Premiership's top eight",
    ],
    [
      'The campaign took UKIP into third place with an extra 10 MEPs.',
      'Campaign took UKIP into third place',
    ],
    [
      'The government sent more troops to the border region last month.',
      'Government sent more troops to border region',
    ],
    ['Chris Jones will then start the game on the bench.', 'Chris Jones will start game on bench'],
    [
      'Rochus made the semi-finals at the Australian hardcourt championships in Adelaide last week.',
      'Rochus made semi-finals at Australian hardcourt championships',
    ],
    // An ampersand between names is part of the name: not "Marks Spencer has cut …".
    [
      'Marks & Spencer has cut the price of its school uniforms by a third.',
      'Marks & Spencer has cut price of its school uniforms',
    ],
    [
      'In 2001, Michael Howard won the Folkestone & Hythe seat with 20,645 votes.',
      'Michael Howard won Folkestone & Hythe seat',
    ],
    // A light verb's phrase, a tie: with what follows, when it fits.
    [
      'Bell, 30, had set his sights on an international career with Wales.',
      'Bell had set his sights on international career',
    ],
    [
      'Mr Hain made the claim about Tory tactics in the anti-terror bill debate.',
      'Mr Hain made claim about Tory tactics',
    ],
    [
      'Mr Kennedy held talks with Tony Blair on Friday over government plans to hold terror suspects.',
      'Mr Kennedy held talks with Tony Blair',
    ],
    [
      'Newspapers have claimed that the club has strong links with a rival owner.',
      'Newspapers have claimed club has strong links with rival owner',
    ],
    // Which award, when the award is bare; a named award is said already.
    [
      'Westlife won the award for best Irish pop act, voted for by the public.',
      'Westlife won award for best Irish pop act',
    ],
    [
      "The UK's Andrea Arnold won the short film award for her gritty drama Wasp.",
      "UK's Andrea Arnold won short film award",
    ],
    // Where the gaze is cast.
    [
      'The world is casting its gaze on the Cell processor for the first time.',
      'World casting its gaze on Cell processor',
    ],
    // A participle inside a compound before its noun: not "31-year-old World Cup has impressed".
    [
      'The 31-year-old World Cup winning scrum-half has impressed since joining the London side.',
      '31-year-old World Cup winning scrum-half has impressed',
    ],
    // What is done to an object in another clause is not this one's.
    [
      'Most cinemas currently have mechanical projectors but the new network will see up to 250 screens fitted with digital projectors.',
      'Most cinemas have mechanical projectors',
    ],
    // An idiom with its end, when it fits.
    [
      'The Conservatives insisted they would hold ministers to account over the scheme.',
      'Conservatives insisted they would hold ministers to account over scheme',
    ],
    // Where someone is from, set off by commas, is an aside.
    [
      'Murdock, from Brooklyn, was arrested at the scene along with two fellow players.',
      'Murdock was arrested at scene',
    ],
    [
      'The study, from the Centre for Economic Policy Research, does not praise the rough handling of oil company Yukos.',
      'Study does not praise rough handling of oil company Yukos',
    ],
    // Spent on what.
    [
      'Parents are expected to spend millions on video games as Christmas presents.',
      'Parents expected to spend millions on video games',
    ],
    [
      'The 22-year-old Michalak has spent much of the tournament on the bench after Delaigue impressed.',
      '22-year-old Michalak has spent much of tournament on bench',
    ],
    // A present passive set for a date to come keeps its "is": "PSP released in US" says it
    // has happened; "expected to" and a plain present passive keep the headline style.
    [
      'Already available in Japan, the PSP is released in the US on 24 March.',
      'PSP is released in US',
    ],
    ['The suspect is alleged to have stolen the car.', 'Suspect alleged to have stolen car'],
    ['The game is released in Europe.', 'Game released in Europe'],
    // A particle stays with its verb: not "Defending champion brushed Czech qualifier".
    [
      'The defending champion brushed aside the Czech qualifier 7-5 6-0.',
      'Defending champion brushed aside Czech qualifier 7-5 6-0',
    ],
    // A plural that opens the sentence capitalised is a common noun, with its phrase: not
    // "Forecasts were scaled back to 4.0%".
    [
      'Forecasts for Japanese growth were also scaled back to 4.0% from 4.4% this year.',
      'Forecasts for Japanese growth were scaled back to 4.0%',
    ],
    // A reason after a stance is no content of it.
    [
      "Japan's government remains optimistic due to strong domestic demand.",
      "Japan's government remains optimistic",
    ],
    // A condition in another clause does not bound the label's. (After "but", the clause is the
    // view's reservation, and there is no label: see the "reservation" tests.)
    [
      "The information commissioner's office says surveys are allowed, and councils will be told if personal data is kept.",
      "Information commissioner's office says surveys are allowed",
    ],
    // A "to" that opens an infinitive is no where-to or to-whom; "on Friday" is no bench.
    [
      'The ex-England coach has been given a six-month contract to succeed Dave Jones.',
      'Ex-England coach has been given six-month contract',
    ],
    [
      'Former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud.',
      'Mikhail Khodorkovsky began testimony',
    ],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    // Who said it, without what: no headline.
    'Caprice, who left in the fourth eviction, afterwards said: "I am so happy, I am so glad I\'m out."',
    // The verb's second object does not fit: "Iran gave Miresmaeili" would misstate it.
    'Iran gave judo world champion Arash Miresmaeili a $125,000 reward when he refused to fight.',
    // A list or an appositive before the verb: which of them acts is not safe to say.
    'Copeland, 31, and his wife, Katrine Saltare, 28, were talking in the street just before 4am.',
    // "is little | more than a law": the adjective alone misstates it.
    'Critics claim the law, which the EU says is needed, is little more than a law on ideas.',
    // The clause found does not fit: no "Research found number of people".
    'Research carried out by the Forsa Institute found the number of people who considered the war a defeat fell to nine per cent.',
    // An object that needs what follows it: "his eyes | closed", "70 years | after …".
    'The Spanish midfielder appears to have his eyes closed as he strikes at goal.',
    'Senior consultants were running around trying to figure out what had to be done.',
    // Two clauses joined by "and" after a preposition: the verb found is the second one's.
    'Mendes shot from 50 yards and United goalkeeper Roy Carroll spilled the ball into his own net.',
    // An indefinite pronoun after "be" says nothing on its own.
    'No-one can be anything other than highly-impressed by Mourinho.',
    // An impersonal passive: the news is the clause after it, which does not fit.
    'It is understood that a teaching watchdog is working on possible disciplinary cases.',
    // No subject, and the verb is a helper: "Understood teaching watchdog" says nothing.
    'It is understood a teaching watchdog is working on possible disciplinary cases.',
    // A verb whose complement was cut: "Capriati decided", "Kids to ask".
    'Capriati also decided against competing in the Australian Open warm-up event.',
    "The kids will ask: 'What am I doing there?'",
    // An object whose own complement is an action: "accused journalist | of being …".
    "Labour's Mr Livingstone had accused an Evening Standard journalist of being like a concentration camp guard.",
    // Of what, however far after the object: not "Dr Fox accused Mr Blair".
    'Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their policies.',
    // Told or forced, without of what or into what: not "Bosses told counterparts".
    'Sumitomo bosses told counterparts at UFJ of its decision on Friday, clearing the way for a deal.',
    'Mr Richter said lawsuits had forced the company into Chapter 11.',
    // "tips X | to go one better": not "Wood tips his former team-mates".
    'After claiming their first Triple Crown last season, Wood tips his former team-mates to go one better.',
    // "directed X | to give …": not "Former manager directed consulting firm".
    'A former senior manager at Monsanto directed an Indonesian consulting firm to give a bribe to an official.',
    // A "whether" inside what looks like the subject: not "Analysts question attracts enough visitors".
    'Analysts still question whether it attracts enough visitors to stay open, even with the restructuring.',
    // A time phrase that owns the object stays or there is no label: not "… tipped to be's Christmas number one".
    "The charity record is also tipped to be this year's Christmas number one.",
    // A caption's "pictured" is no main verb: not "Pat pictured left in her fancy dress outfit".
    'Pat, 69, pictured left in her police woman fancy dress outfit, enjoys pole dancing with friend Julia.',
    // "looks certain | to be out": not "Gavin Williams looks certain".
    "West Ham's Gavin Williams (ankle) looks certain to be out, so uncapped defender Stephen Roberts is drafted in.",
    // A word said twice (the copy's "will have now have"): not "Holmes to have have …".
    'Holmes will have now have intensive treatment in South Africa.',
    // Doing nothing needs for what: not "Latest scandal at Bank of China to do nothing".
    'The latest scandal at Bank of China will do nothing to reassure foreign investors that the big banks are ready.',
    // A title's capitalised word is no verb: not "Grindley's Spilled Water".
    "Sally Grindley's Spilled Water, about a Chinese girl sold as a servant, was top in the vote.",
    // A list of verbs shares its object: not "People of Engerwitzdorf filming".
    'The people of Engerwitzdorf are filming, editing and producing their own regional news channel.',
    // A name cut before its "for": not "Official data comes from Office".
    'Official data comes from the Office for National Statistics (ONS).',
    // By how much, without ahead of whom: not "Hamilton was four-hundredths of second".
    'Hamilton was four-hundredths of a second ahead of his team-mate Nico Rosberg.',
    // A passive of association needs with what: not "Website was not associated".
    'The website was not associated with the napster.com site in the USA.',
    // Given with what: not "Newspaper issuing photographers". (Praise on whom: see the next describe's
    // "Groening heaped praise on The Office", not "Groening heaped praise".)
    "The exposure of Janet Jackson's breast at last year's Superbowl landed CBS with a $550,000 fine.",
    // "a number of" is not "number of": not "Sonaptic is one of number of companies".
    'British firm Sonaptic is one of a number of companies to have developed 3D audio technology.',
    // An adjective whose noun comes after the next one: not "… has been digital".
    'One of the most talked-about technologies of the show has been digital and personal video recorders.',
    // An amount cut from what it is of: not "Star said there is too much".
    'Speaking to the Radio Times, the Two Ronnies star said there is too much bad language and reality TV.',
    // Host to whom; the object's infinitive after an aside: not "Hit Factory has played host",
    // "Voip allows PC users".
    'The Hit Factory, which opened 37 years ago, has played host to some of the biggest stars in music.',
    'Voip allows PC users, and in some cases those with just a broadband connection, to make telephone calls.',
    // As what: not "Dent said he rated US Open semi-finalist Johansson".
    'Afterwards, Dent said he rated US Open semi-finalist Johansson as a top contender at the Australian Open.',
    // Willing to do what: not "Greenspan highlighted US government's willingness".
    "Alan Greenspan highlighted the US government's willingness to curb spending as a factor.",
    // Given until when to do what; an amount that goes on past a comma.
    "LG Card's creditors have given LG group until Wednesday to sign up to a $1.1bn rescue package.",
    "Gebrselassie's current record stands at eight minutes, 04.69 seconds.",
    // "the only … | selected so far …": an only that holds within a participle's phrase.
    'Alistair Cragg and Mark Carroll are the only Irish athletes selected so far who will not run in Sheffield.',
    // Pairs said "respectively": not "Male and female prizes went to Usher".
    'The international male and female prizes went to Usher and Avril Lavigne respectively.',
    // An infinitive cut from its stranded preposition: not "Ground is difficult to get".
    'The ground is notoriously difficult to get to and fans arrived after the kick-off.',
    // A verb cut from its "towards": not "EU pledged to work".
    'In December, the EU pledged to work towards lifting the ban but said it was not ready to do so yet.',
    // The object needs its infinitive: "Organisation urged drivers".
    'The organisation urged drivers to continue to shop around to get the best price for petrol.',
    // Convinced whom to do what: not "Heavy losses at the plant have convinced its owners".
    'Heavy losses at the plant have convinced its owners to sell it next year.',
    // The same in the -ing form: not "Museum inviting former dock workers".
    'The museum is inviting former dock workers to bring along their old photographs of the harbour and its fishing fleet.',
    // What was said comes after the colon: "Mr MacDonald told BBC News".
    'Mr MacDonald told BBC News: "The reason why I am resigning is because I disagree."',
    // "went on | to promise": "Mr McConnell went" says nothing.
    'Mr McConnell went on to promise that Scotland would play its part in the reconstruction effort.',
    // The clause said opens on a gerund: not "Mr Fox said being able to close premises".
    'After the meeting, Mr Fox said being able to close premises for only 24 hours did not necessarily make an impact.',
    // A "that" clause inside the subject: its verb is not the main one.
    'Easy-to-play titles that do not require too much time and that are playable online will see real growth.',
    'Armed with the personal details that a bank holds, plus a fake letter or two, it is apparently easy to get a loan.',
    // A number or ordinal alone has lost what it counts: not "Nine have played game".
    'According to Microsoft, nine out of 10 Xbox Live members have played the game for an average of 91 minutes.',
    // A subject pronoun after the verb opens a clause: not "Speakers stated they".
    'But again and again, speakers stated they could not see incompatible, stand-alone solutions working.',
    // A possessor whose noun did not fit is not the object: not "Tautou to play Hanks".
    "Tautou will play Hanks' code-cracking partner, according to various newspapers.",
    // An adjective that needs what follows: not "Jeunet was responsible".
    'Jeunet was also responsible for directing Tautou in Amelie in 2001.',
    // The "object" is the subject of a clause: not "Bookmakers predict Cate".
    'Bookmakers predict Cate Blanchett will be named best supporting actress.',
    // A verb with no object before the preposition it takes: not "Committee was responding".
    'The influential Commons home affairs committee was responding to sentencing guidelines issued this summer.',
    // A helper whose verb comes after an inserted phrase: not "Laura Ashley has in recent months".
    'Laura Ashley has in recent months been hit by reports of poor sales.',
    // "described X | as Y", "put X | on Y", "spends its time | using", "2.5m | high", "go one | better".
    'The researchers have put the image on a website which lets viewers explore the city.',
    'While users play the game, the worm spends its time using the machine to search for new victims.',
    'If printed out, the picture would be 2.5m high and 10m long.',
    'The huge image of Delft was created by stitching together 600 single snaps of the Dutch city.',
    // "directed by the man | who calls himself …": the person is the clause.
    'The film has been directed by the man who calls himself Salam Pax.',
    // A condition cannot go: not "They to be provisionally banned".
    'If they do not respond or their explanations are rejected, they will be provisionally banned from competition.',
    // Who said it, with nothing said: not "MPs said".
    'Although six areas are to be opened up to scrutiny the audit office should have more power to choose what it investigated, the MPs said.',
    // "described | as …", the clause said past a comma, a title cut from its name, a restriction after the object.
    'Her comments have been described as "irresponsible".',
    'Opponents say only judges, not politicians, should be able to order detention of UK citizens.',
    'The event was the first time Mr Milburn has shared a platform with the chancellor.',
    'The rule states that the government can borrow cash only to invest, and not to finance its spending projects.',
    'The program is only the latest in a series of viruses produced to attack mobile phones.',
    // A bare quantity as subject: not "More are from Europe".
    'Of the 21 films in competition, more than half are from Europe with France particularly well represented.',
    // A list of names cut after the first; a name cut in two; a noun naming an act cut from it.
    'Pasquale follows Kerry McFadden, Phil Tufnell and Tony Blackburn as winners of the show.',
    'Writing in the Guardian newspaper, Mr Brown outlined his view of the direction New Labour should be taking.',
    'US district court judge Susan Ilston rejected an attempt by the defence team to have the case dismissed.',
    'A probing kick from France centre Damien Traille saw Mark Cueto penalised for holding on to the ball.',
    // The object's phrase goes on where it was cut: not "fly-half to start Saturday's Heineken Cup".
    "The 25-year-old fly-half will start Saturday's Heineken Cup match at Murrayfield on the bench.",
    "The world's second biggest insurer said disasters around the globe have seen property claims reach $42bn.",
    // "turn X | into Y", two verbs sharing the object, a "When" clause as subject ("renowned |
    // for" now takes its phrase: see "an adjective that needs its phrase").
    'Hendrix supporters hoped to turn the home into a museum for the guitarist.',
    'Barbara Roche said an organisation should monitor and publish figures and be independent of government.',
    'When video game World of Warcraft hit the shops in Europe last week fans wrote in to the BBC website.',
    // A noun that only says a relation is no head: not "Head was granted honour".
    "The head of Surrey's Lionhead Studios was granted the honour for services to the computer games industry.",
    // A verb that frames a claim needs the claim; "best | known for", "available | for comment", "everything | from".
    'Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could no longer afford it.',
    "Following victories over South Africa and Australia in November, France were deemed by many to be the world's leading side.",
    'Lee is best known for his work on Spider-Man and The Incredible Hulk.',
    'No one at Lycos was available for comment on latest developments in its controversial anti-spam campaign.',
    'The changes include everything from the way chips for laptops are made, to tricks that reduce the power consumption of displays.',
    // "A survey carried out … by Forrester Research found …": the participle is not the main verb.
    'A survey carried out in 2000 by Forrester Research found that the shortness of battery life was the most complained about feature of laptops.',
    // "helped X | to third place"; a clause inside the subject ("thing he did"); an ordinal alone.
    "Keska helped the men's team to overall third place while Hickey finished in 10th place.",
    'The only thing of note he did was to throw the ball back when it went out of play.',
    'Fifth seed Fernando Gonzalez eased past American Robby Ginepri 6-3 6-4.',
    // A pronoun object without its complement: "Breakthrough should make it".
    'The breakthrough should make it easier to interconnect data networks with the chips.',
    // The head of "a recut version of Mel Gibson's The Passion of the Christ" is the version,
    // but "Recut version took $239,850" does not say of what, and the whole phrase is too long.
    "A recut version of Mel Gibson's The Passion of the Christ, which featured less violence, took just $239,850.",
    // An opening phrase with no comma to end it: no safe subject (not "000 mobile phones").
    'In London alone over the past six months more than 63,000 mobile phones have been left in black cabs.',
    // The verb's object did not fit: not "Ministry has awarded".
    "Reuters news agency reported that Iraq's Oil Ministry has awarded the first post-war oilfield contracts to a Canadian and a Turkish company.",
    // A range cut after its start: not "Shares fell from 97p".
    "By 1700 GMT, Petrel's shares fell from 97p to 44p.",
    // A claim framed by who reported it: not "Everasia reported by Reuters".
    "Turkey's Everasia is reported by Reuters to have won a contract to develop the Khurmala Dome field.",
    // Two verbs sharing one object, the second tagged as a participle: not "Kremlin seized".
    "The Kremlin last year seized and sold Yukos' main production arm to state-run oil group Rosneft.",
    // A span of time measured from something: not "Speech comes days".
    "Saturday's speech comes days after the Lib Dems launched their mini-manifesto.",
    // A light verb with nothing after it: not "Messages can get".
    'The messages can get through even when the cell phone signal is too weak to sustain a conversation.',
    // An object that is only a time: not "Moya began year".
    'Moya began the year with victory at the Chennai Open but looked out of sorts in the heat.',
    // A span measured from something: not "It is 25 years".
    'It is 25 years since the start of 12 years of fire-bombings.',
    // An attribution between commas after the clause is the clause's: not "Services would get more cash".
    'The best performing police services would get more cash and extra freedoms, he said, but he would not shirk from stepping in.',
    // "told" without whom: not "Howard told truancy was bad".
    'But he told the Times Educational Supplement that truancy was very bad and said firm action was needed.',
    // An object that needs what follows it: "born in same year", "takes its name", "in her capacity", "began life".
    'Mrs Carroll was born in the same year that plastic cards first appeared in the UK.',
    'Downing Street said she was speaking in her capacity as a lawyer.',
    // A hedge that opens the sentence is the sentence's: not "Isinbayeva has cleared five metres".
    'Apparently, Isinbayeva has cleared five metres in training.',
    // An object only half said: "represent anyone", "secure someone", "includes changes", "had friends", "her 2003 world".
    'Track officials had been keen to secure someone with a connection to the club.',
    'The lawsuit seeks to represent anyone in the US who has purchased an HP inkjet printer since February 2001.',
    'The bill includes changes to speeding fines but not to the drink-drive limit.',
    'A spokesman later said Mr Galloway had friends in common with Ms Hassan.',
    'As well as being hit with the ban, Collins was stripped of her 2003 world and US indoor 200m titles.',
    // A label that says too little of its clause: not "Deadline marks point".
    'The deadline marks the point at which Fiat will gain the right to sell its car division to GM.',
    // A move to a number is the news: not "Constantine dropped place".
    "Keanu Reeves' supernatural thriller Constantine dropped a place to three.",
    // A list of names cut after its first: not "Foxx has starred in Collateral".
    'Foxx has starred in Collateral and Ray.',
    // "depicted X … as Y": the "as" is the point, even after a long object.
    'One poster depicted Mr Howard and his shadow chancellor Oliver Letwin, who is also Jewish, as flying pigs.',
    // A subject from one clause and a verb from another: not "Number of people began in 1971".
    'Throughout 2004, the number of people in work increased by 296,000 to 28.52 million - the highest figure since records began in 1971.',
    // A negation before the subject is the clause's: not "Hug could check his momentum".
    'Not even a hug from AP McCoy could check his momentum.',
    // A possessor inside a phrase after "to" is not the head: not "Letter was defiant".
    "Vodafone's response to the Commission's letter was defiant.",
    // Whose view it is opens the sentence: not "State pursuing Yukos".
    'As far as most commentators are concerned, the state is pursuing Yukos out of a political vendetta.',
    // A list of objects cut after its first: not "Review to cover production of gold",
    // "He called for reform of United Nations", "… knocked out favourites Million Dollar Baby".
    'The review will cover production of gold, aluminium and iron ore although it excludes the oil sector.',
    'He also called for reform of the United Nations, the World Bank and the IMF.',
    'Modest wine country comedy Sideways knocked out favourites Million Dollar Baby and The Aviator by taking the top prize.',
    'The trio are chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations officer Seamus Kearney.',
    // A level is the news: not "Pace of economic expansion has kept growth".
    'The breakneck pace of economic expansion has kept growth above 9% for more than a year.',
    // "one" stands for a noun said elsewhere: not "Luciano Orquera did reply with one".
    'Luciano Orquera did reply with one for Italy but second-half efforts sealed victory.',
    // "view X as important": what follows "as" is the point, an adjective too.
    'The Celtic manager does not view the friendly against Valenciana on 28 December as important.',
    // A list whose items have phrases of their own: not "Probe found evidence of anti-Western rhetoric".
    'The probe into the plot last year found evidence of anti-Western rhetoric, intolerance towards gays and creating the perception of a conspiracy.',
    // A past tense between a preposition and its noun is a modifier: not "Poster shows two men's faces winged pigs".
    "The poster shows the two men's faces superimposed on winged pigs and says it is a joke.",
    // Names with phrases of their own, joined by "and": not "Other nominees include Bill Condon".
    'Other nominees include Bill Condon for Kinsey and Michel Gondry for Eternal Sunshine of the Spotless Mind.',
    // A hedge the label would drop: not "Quickie treatment seems perfect", "Government has 7% growth target".
    'With these claims, the quickie treatment seems perfect on paper - unless that paper is in the contract.',
    'In theory, the government has a 7% growth target, but continues to insist the overshoot is no problem.',
    // A rank without what of: not "Britain was 111th".
    'With figures showing that almost one in four of the population is obese, Britain was 111th out of 133 countries on that measure.',
    // A headline names whom: not "Sportsmail's guide takes you".
    "Here, Sportsmail's guide takes you through the permutations in the Championship.",
    // Seed 8383's reading: "Bnei Sakhnin are first Arab side", "Sports Entertainment Enterprises
    // bought 85% share", "Captaincy offers challenging environment" (someone's quotation), "Deal to
    // help carrier", "Second highest-grossing Japanese film was romantic drama Crying".
    'Bnei Sakhnin are the first Arab side ever to play in European competition.',
    "Robert Sillerman's Sports Entertainment Enterprises recently also bought an 85% share in the estate of Elvis Presley.",
    '"Captaincy offers a challenging environment for any player, especially following in the footsteps of Lawrence Dallaglio.',
    'The deal will help the carrier, trying to survive by cutting costs by nearly $1bn a year, save about $94m.',
    'The second highest-grossing Japanese film was romantic drama Crying Out Love in the Centre of the World.',
    // Seed 424242's reading (the issue's reading of 30): "Judicial review will centre",
    // "McClaren had said win … would put Boro", "Survey published by … firm Context".
    'The judicial review will centre on government plans for expansion at Heathrow, Stansted and Luton airports.',
    'Before the match, McClaren had said that a win over the Italian giants would put Boro firmly on the European footballing map.',
    'The survey is published by corporate social responsibility firm Context and branding firm SalterBaxter.',
    // Seed 99887's reading: "£200 handheld computers can be used as phone", "Mr Straw used Thursday's
    // Commons debate", "Two Japanese companies to collaborate in research".
    'The £200 handheld computers can be used as a phone, pager or to send e-mails.',
    "Mr Straw used Thursday's Commons debate to launch the new White Paper on the prospects for the EU.",
    'The two Japanese companies will collaborate in research & development, production, marketing and licensing.',
    // A gerund completing the object past an adverb: not "Investigation uncovered videos of martial arts expert".
    'An investigation also uncovered videos of the martial arts expert inappropriately touching adolescent males at a studio.',
    // A subordinate clause's verb is not the main one: not "Mr Blake said he found Ms Bakley dead left restaurant".
    'Mr Blake said he found Ms Bakley, 44, dead in a car after they left a restaurant.',
    // Not "Last year MAB urged Muslims" (not to vote …), "Move follows vote" (by MPs to …).
    'Last year MAB, which opposed the war in Iraq, urged Muslims not to vote for Labour in the European elections.',
    'The move follows an earlier vote by MPs to give themselves a veto over foreign investment.',
    // Not "Bath player was already", "Real estate firm ended day".
    'The Bath player was already out of the opener against Wales on 5 February because of a hand problem.',
    "The real estate firm, which dominates Lebanon's stock exchange, ended the day down at $8.08.",
    // The clause said cut inside a list: not "Federation said CSOs do not have experience".
    'The federation said CSOs do not have the experience, training and safety equipment to deal with such situations.',
    // A change is the point: not "Performance comes on sales".
    'The performance comes on sales up 21% at 8.6bn euros.',
    // "defines X as: …": not "Merriam-Webster defines blog".
    'Merriam-Webster defines a blog as: "a Web site that contains an online personal journal".',
    // A focus word on the subject: not "Firms at least 51% Russian-owned to be permitted to bid".
    'Only firms at least 51% Russian-owned will be permitted to bid.',
    'She said only the UN had the moral authority to lead the relief work.',
    // A passive of purpose without its purpose: not "Home phones were used".
    'Home phones were used for longer calls but conversations on mobiles tended to be shorter.',
    // A label ending inside a quotation cut it: not "Mr Kilroy-Silk promised firm", "Sundar Katwala said change was long".
    'Mr Kilroy-Silk promised a "firm but fair" policy on immigration and said they hoped to contest most seats.',
    'The Fabian Society\'s Sundar Katwala said the change was "long overdue" and that he expected a "warm response".',
    // The verb's object did not fit: not "Roger Knapman says he was glad to see".
    'UKIP leader Roger Knapman says he was glad to see the back of Mr Kilroy-Silk.',
    // What was asked is the point: not "First question asked him".
    'The very first question to the prime minister from Bob Laxton asked him, in effect, if he would carry on the policy.',
    // An adjective whose clause is the point: not "Mr Balls said he was confident".
    'Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules.',
    // A title goes on past its colon: not "Other winners included Grand Theft Auto".
    'Other winners included Grand Theft Auto: San Andreas which took the Most Wanted for Christmas prize.',
    // A noun whose point is the gerund after it: not "Call came in speech".
    'The call came in a speech on improving the London insurance market.',
    // A span of time is no object alone: not "Mauresmo spent five weeks".
    'Mauresmo spent five weeks at number one after the US Open before injury ushered Davenport back in front.',
    // Data said without what it is of: not "Billboard's Hot 100 chart incorporates data".
    "Billboard's Hot 100 chart now incorporates data from sales of music downloads.",
    // A list after the first item's own phrase: not "Other proposed names include domain".
    'The other proposed names include a domain for pornography, Asia, mobile phones, an anti-spam domain and one for the Catalan language.',
    // Whom a source told is part of the attribution: not "Original size of Libya's funds was $400m".
    "The original size of Libya's funds was $400m, the central bank told Reuters.",
    // An attribution the copy did not set off with a comma: not "Issue would be debated in Parliament".
    'The issue would be debated in Parliament next Monday as scheduled he insisted.',
    // A name with a number in it is whom a source told too: not "Boy's leg was injured in fall".
    "The boy's leg was injured in the fall, but he was not attacked by the animals, Dr. Christopher Kuhar, the zoo's executive director told Fox 8.",
    // A negation bounded in time: not "Chelsea have not played Barcelona".
    'Chelsea have not played Barcelona since that quarter-final tie five years ago.',
    // A state that lasts until a time: not "… Government of Liberia to remain in place", "Identity of artist remains unknown".
    'The power-sharing National Transition Government of Liberia will remain in place until elections on 11 October.',
    'The identity of the artist remains unknown until each work is bought and the signature is revealed on the back.',
    // A negation bounded in place: not "Band Aid 20 is not going to be released".
    'Band Aid 20 is not going to be released in the US, despite being sold in many countries around the world.',
    // At how much: not "New EU rules set compensation", "IMF values its gold reserves".
    'New EU rules set compensation at between 250 euros (£173) and 600 euros, depending on the length of the flight.',
    'The IMF values its gold reserves at between $40 and $50 an ounce.',
    // A step says where to: not "Critics say it is a step".
    'Critics of the measure argue that it is a step backwards, reflecting the desire to increase control.',
    // How it went, before what the label keeps: not "Mercedes' profits compared with 2003's 784m euro figure".
    "Mercedes' profits over the period compared unfavourably with 2003's 784m euro figure.",
    'Tobacco stocks rose sharply on Wall Street after the 2-1 decision.',
    // Where the subject is, named after it: not "Total number of people online has broken 100 million mark".
    'The total number of people online in Europe has broken the 100 million mark.',
    // Which belief, which claims: not "1984 release of Mac reflected Mr Raskin's belief", "Home secretary rejected claims".
    "The 1984 release of the Mac reflected Mr Raskin's belief that good design should make computers easy to use.",
    'The home secretary also rejected claims that the immigration debate encouraged bigotry.',
    // An adverb that bounds a negation: not "Young woman said she didn't turn to prostitution".
    "The young woman said that she didn't immediately turn to prostitution but used it as a last resort.",
    "Unusually for this kind of film, the extras don't solely concentrate on the special effects.",
    // What the object is made: not "Texas said it was keen to make multimedia functions", "HD makes TV picture quality".
    'Texas said it was keen to make multimedia functions like video and gaming more affordable.',
    'HD essentially makes TV picture quality at least four times better than now.',
    // A view the paper quoted someone as saying: not "Video games are big business".
    'Video games are "big business", the paper quoted Mr Chernin as saying.',
    // A figure bounded by its opening: not "US retail sales were up 0.6%".
    'Excluding the car sector, US retail sales were up 0.6% in January, twice what some analysts had been expecting.',
    // A participle that takes an object, cut: not "President Bush expected to point to Commerce Department figures showing".
    'President Bush is expected to point to Commerce Department figures showing that consumer spending grew at 4.6% in the third quarter.',
    // "as" opening a clause is no object: not "Move comes as recovery", "… were affected as civil servants".
    "The move comes as a recovery in the US economy, the world's biggest, shows signs of robustness.",
    'A range of services in Wales were affected as civil servants in Wales joined the UK-wide strike.',
    // A passive whose agent did not fit: not "Creation of fingerprinting system has been brokered".
    'The creation of the fingerprinting system has been brokered by US firm Arbor Networks and signatures of attacks will be passed on.',
    // Half of a fixed phrase: "Comments came in response".
    "Mr Clarke's comments came in response to an emergency question from David Heath.",
    // What was seen happen to the object is the point: not "He has seen his fair share of such claims".
    'In his 22 years in the Commons, he has seen his fair share of such claims dashed on the rocks of bitter experience.',
    // "do away with" is one verb: not "Stadium plan was done away".
    'The stadium plan was done away with in 1994, with the old ground kept until 1999.',
    // What the doubt is about is the point: not "League has expressed doubt".
    'The league has expressed doubt as to whether the new fixtures could be fitted in at the end of each season.',
    // A condition after the object cannot go: not "Firm … prepared to accept minority stake".
    'The firm has said it is prepared to accept a minority stake if the city will award it the bus contract.',
    // The state the object was left in, past an aside, is the point: not "Remark left father-of-two".
    'The remark left the father-of-two, from Leeds, stunned but inspired him to change his life.',
    // Who "she" is the label cannot say: not "Council would go ahead with plan, she added".
    'The council would go ahead with the changes which would give wardens more power to fine drivers, she added.',
    'Pension costs posed the greatest risks, he said.',
    // Two verbs share the object: not "Residents said they did not want".
    'Residents said they did not want or need a new bypass.',
    // A particle after the object is half of the verb: not "League decided to throw club".
    'The league decided to throw the club out of the cup after a registration row.',
    // A first or a most holds only within what follows: not "Van to be first Ford".
    'To appeal to European drivers, the van will be the first Ford with a hydrogen engine.',
    'Two of the writers are the only nominees to have won the prize before.',
    // A noun that names nothing says what only with its phrase: not "Player sees things".
    'The player sees things through the eyes of a scientist who starred in the first game.',
    // A general noun is named by its relative clause: not "Deal would create firm".
    'The deal would create a firm that sells insurance, pensions and savings accounts.',
    // A coordinated object whose infinitive follows: not "Scheme will allow pensioners".
    'The council says the scheme will allow pensioners and the disabled to travel free on buses.',
    // What it first did is said by the phrase after: not "Firm first sold shares".
    'The firm first sold shares in private placements to a few banks.',
    // The infinitive past a phrase about the object: not "Minister launched plan to allow clubs".
    'The minister launched a plan to allow school clubs in Wales to provide three hours of sport a week.',
    // When is the news of a passive "to be held": not "Final to be held".
    'The final will be held on Sunday 27 February at the national stadium.',
    // A restriction after "little-known": not "Tycoon was little-known".
    'The tycoon was little-known in Britain until he started to buy shares in the club.',
    // Whose fees: not "Minister announced plans to increase tuition fees".
    'The minister announced plans to increase tuition fees for students from England by £2,000.',
    // How the line was crossed: not "Runner crossed line".
    'The runner crossed the line just 0.02 seconds behind the winner.',
    // What it is worth is the point: not "Commission says it is worth".
    'In its report, the Audit Commission says it is worth debating a £5,000 limit for the future.',
    // To whom, when it is two: not "Commission's decision gave same legal protection to feta".
    "The Commission's decision gave the same legal protection to feta as to Italian Parma ham.",
    // What the study found is the clause, its verb a bare present: not "Study found 60% of women".
    'The study, which claims to be the most in-depth so far conducted, found 60% of women in the film industry hold degrees, compared with 39% of men.',
    // What is done to the object is the point: not "Polish ministers want to see phrasing of text".
    'Polish ministers want to see the phrasing of the text of the Directive on the Patentability of Computer-Implemented Inventions changed so that it excludes the patenting of software.',
    // Who joined him, who beat them: not "Mr Brown was joined at launch".
    'Mr Brown was joined at the launch by John Prescott and Alan Milburn, the man put in charge of election planning.',
    "Last Saturday's show was beaten in the ratings by the BBC's Strictly Come Dancing.",
    // Uncertain whether: not "41 year-old Bwalya is uncertain".
    'The 41 year-old Bwalya, who became the oldest player to appear in the competition, is uncertain whether he will take to the field or not.',
    // A title with "it's" in it: not "It's Wonderful Life was based on short story".
    "It's a Wonderful Life was based on a short story, The Greatest Gift, by Philip van Doren Stern.",
    // An idiom's end: not "Conservatives insisted they would hold ministers" (to account).
    'Despite giving their backing to ID cards, the Conservatives insisted they would hold ministers to account over the precise purpose of the scheme.',
    // Open to whom: not "New £60,000 award is open", nor "… open to writers of all nationalities".
    'The new £60,000 award is open to writers of all nationalities who write in English.',
    // Evidence of what, said as a clause: not "Sunday Telegraph said LSE's plan was further evidence".
    "The Sunday Telegraph said the LSE's plan was further evidence it wants to retain tight control over its destiny.",
    'The survey seems to fly in the face of recent evidence that the housing market has been slowing.',
    // "aged" says an age, not the verb: not "Total of 3,028 adults aged 18".
    'A total of 3,028 adults aged 18 or over were interviewed for the study.',
    // Keen to do what; "such" without its "as": not "Mr Campbell has made public his keenness",
    // "Companies such have become of paramount importance".
    'Mr Campbell has consistently made public his keenness to play a part in the poll, expected in May.',
    'Companies such as Google have become of paramount importance as they dictate how people travel through websites.',
    // Certain of what: not "Michael Jackson's mother has said she is 100% certain", "Cadbury
    // said it was confident".
    'Michael Jackson\'s mother has said she is "100% certain" her son did not commit the child abuse charges he faces.',
    'Cadbury said it was confident it would hit its targets for 2005.',
    // Focused on what: not "Birmingham athlete prefers to focus his attentions".
    "The Birmingham athlete, who clocked a season's best last week, also prefers to focus his attentions on next month's European Indoor Championships.",
    // One of the largest what: not "IBM is one of largest".
    'IBM is one of the largest and most respected chip-makers in the world.',
    // A name cut after its first letter: not "Rock veterans New Order have joined T".
    'Meanwhile, rock veterans New Order have joined the T in the Park line-up alongside Athlete and Green Day.',
    // Whose view it is, said after it by a pronoun: not "Economy growing fast", "Divide to become more obvious".
    'The economy is growing fast, they insist.',
    'The divide will become more obvious for those without net access, it predicts.',
    // A condition on the clause the label states: not "Sky charges £10 subscription fee".
    'Sky also charges a £10 subscription fee to the service, unless viewers have a subscription to one of its premium packages.',
    // The phrase an object needs, itself cut: not "Bill would abolish ban on heirs", "Project
    // had been hailed by government as proof".
    "The private member's bill would also abolish the ban on heirs to the throne marrying Roman Catholics.",
    // A rank cut from what it ranks on: not "Ms Craymer is at number 31".
    'Ms Craymer, who developed the musical with a playwright, is at number 31 on the music rich list.',
    // An ordinal joined to its superlative, cut from what bounds it: not "Athlete owns equal
    // fifth-fastest time", "Film marks fourth-biggest opening".
    'Now the Scotland-born athlete owns the equal fifth-fastest time in the world this year.',
    'The film marks the fourth-biggest opening for a December release in the US.',
    // An amount of money cut from what it goes on with: not "Service comes with hefty £39.99",
    // "Applicants paid £23,000".
    'The service comes with a hefty £39.99 monthly price tag but will mean users can download MP3s in seconds.',
    'Applicants paid £23,000 apiece to have their proposals considered.',
    'The project had been hailed by the government as proof that Europe could win back chipmaking from Asia.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

/** Each sentence of these as a point of its own, prepared as an article's are. */
function onePointEach(sentences: readonly string[]) {
  return prepareArticle(sentences.join(' ')).sentences.map((s) => [s]);
}

describe('headlineLabel never states another office', () => {
  it.each([
    'Deputy Transport Minister Alan Reid has promised to review the rail timetable.',
    'Former Prime Minister Edwin Hart said the harbour deal had been a mistake.',
    'The former Prime Minister Edwin Hart said the harbour deal had been a mistake.',
  ])(
    'GIVEN "%s" THEN the label names the person, not the office cut from its "Deputy" or "former"',
    (sentence) => {
      const label = headlineLabel(sentence) ?? '';
      expect(label).not.toMatch(/^(?:Transport Minister|Prime Minister)\b/);
      expect(label).toMatch(/^(?:Alan Reid has promised|Edwin Hart said)/);
    },
  );

  it('GIVEN an office kept whole ("Shadow Chancellor Oliver Letwin") THEN it stays', () => {
    expect(
      headlineLabel('Shadow Chancellor Oliver Letwin has promised to cut council tax.'),
    ).toMatch(/^Shadow Chancellor Oliver Letwin has promised/);
  });
});

describe('headlineLabel: a span of time before the subject is when, not who', () => {
  it.each([
    [
      'Two days later the council approved the plan to close the library.',
      'Council approved plan to close library',
    ],
    [
      'One week earlier Hull City had sacked their manager after a run of defeats.',
      'Hull City had sacked their manager',
    ],
  ])('GIVEN "%s" THEN "%s"', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });
});

describe('headlineLabel: a verb that needs how', () => {
  it('GIVEN "… said Star Academy had behaved like a child …" THEN no label ends on "behaved"', () => {
    expect(
      headlineLabel(
        'The feminist author and presenter said Star Academy had behaved "like a child rather than a parent" by taunting contestant Joe McCartney after denying him a cola drink.',
      ) ?? '',
    ).not.toMatch(/behaved$/);
  });
});

describe('headlineLabel: an aside goes only whole', () => {
  it('GIVEN an aside whose comma falls inside a quotation THEN the label does not join the quotation to the sentence', () => {
    const label =
      headlineLabel(
        "Fresas, which refers to individuals who enjoy 'ostentatious spending, exhibitionism and narcissism' and are 'placed above all others', post pictures of luxuries with a hashtag of the same name.",
      ) ?? '';
    expect(label).not.toMatch(/exhibitionism|narcissism/);
  });

  it('GIVEN an aside that is a list ("an all-singing, all-dancing, football-playing robot") THEN no word of the list joins the label', () => {
    expect(
      headlineLabel(
        "Star of the show will be Sony's Qrio Robot, an all-singing, all-dancing, football-playing man-machine who can even hold conversations.",
      ) ?? '',
    ).not.toMatch(/all-dancing/);
  });

  it('GIVEN an aside with a plural\'s possessive ("the Blues\' push") THEN it still goes', () => {
    expect(
      headlineLabel(
        "Robben, who has been a key part of the Blues' push for four trophies, claims he knew instantly something was wrong.",
      ),
    ).toMatch(/^Robben claims he knew/);
  });
});

describe('headlineLabel: "is" + a gerund that says what the subject is', () => {
  it.each([
    [
      'A guilty pleasure is playing card games and holding the highest scores in every game.',
      /^Guilty pleasure is playing card games/,
    ],
    ['The company is launching a new phone in March.', /^Company launching new phone/],
  ])(
    'GIVEN "%s" THEN the label keeps "is" only where the subject is what follows',
    (sentence, label) => {
      expect(headlineLabel(sentence)).toMatch(label);
    },
  );
});

describe('headlineLabel: a concern says nothing without what it is', () => {
  it.each([
    'Some consumer groups have expressed concern that the tags could be used to follow shoppers home.',
    'Finance ministers of the eurozone voiced their fears that the strong euro was harming exports.',
  ])('GIVEN "%s" THEN no label stops at the concern', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/(?:concern|fears)$/);
  });
});

describe('headlineLabel: "only" and the clause that limits it', () => {
  it('GIVEN "… would only admit foreigners who were required because they had skills" THEN no label says "only admit foreigners"', () => {
    expect(
      headlineLabel(
        'The MEP said his party would only admit foreigners who were required because they had specific skills to offer.',
      ) ?? '',
    ).not.toMatch(/only admit foreigners$/);
  });
});

describe('headlineLabel: a frame whose content comes after it', () => {
  it.each([
    'One thing is certain - they have put themselves in a position to win the title.',
    'The idea is simple - the prime minister goes head to head with hostile voters on television.',
  ])('GIVEN "%s" THEN no label that says only "One thing is certain"', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/^(?:One thing|Idea) is (?:certain|simple)$/);
  });
});

describe('labelPoints shows no label whose subject is a pronoun for a thing', () => {
  it('GIVEN "they could replace …" and "It is being assembled …" THEN those points have no label', () => {
    const points = onePointEach([
      'Together with speech recognition systems, they could replace the keyboard in the near future.',
      'It is being assembled for the Lawrence Livermore National Laboratory.',
      'The laboratory will open the machine to researchers next year.',
    ]);
    expect(labelPoints(points)).toEqual(['', '', 'Laboratory to open machine']);
  });

  it('GIVEN "One such avatar is Jeremiah" or "said such attacks were …" THEN no label: "such" points at a sentence before', () => {
    const points = onePointEach([
      'One such avatar is Jeremiah.',
      'In an interview in London, Mr Abbas said such attacks were against Palestinian interests.',
      'The laboratory will open the machine to researchers next year.',
    ]);
    expect(labelPoints(points)).toEqual(['', '', 'Laboratory to open machine']);
  });

  it('GIVEN an attribution by "reports" or "pointed out" ("…, DNA Info reports, and …", "…, she pointed out.") THEN the label keeps it or there is none', () => {
    expect(
      headlineLabel(
        'The friends were on their way to see Les Misérables on Broadway, DNA Info reports, and rushed in to stop an assault on a train.',
      ) ?? '',
    ).not.toMatch(/^Friends were on their way/);
    expect(
      headlineLabel(
        'Other surveys collectively show a rapid slowdown in UK house price growth, she pointed out.',
      ) ?? '',
    ).not.toMatch(/^Other surveys show/);
    expect(
      headlineLabel(
        'IBM was granted 3,248 patents in 2004, more than any other firm in the US, the New York Times reports.',
      ),
    ).toMatch(/New York Times reports$/);
  });

  it('GIVEN "his" or "he" with no one in the label it can be ("Ramen noodle soup is one of his favourite meals") THEN no label; a name or a person before it keeps one', () => {
    const points = onePointEach([
      'Ramen noodle soup is one of his favourite meals.',
      'Prosecutors said he was motivated by wealth.',
      'The child was rescued by his parents.',
      'Police said Brown was arrested at his hotel.',
      'The photo was shared with her 25,000 followers on Instagram.',
      'Keys said she was excited about the tour.',
    ]);
    expect(labelPoints(points)).toEqual([
      '',
      '',
      'Child was rescued by his parents',
      'Police said Brown was arrested at his hotel',
      '',
      'Keys said she was excited about tour',
    ]);
  });

  it('GIVEN "The latter is …" THEN no label; "The former teacher confirmed …" keeps one', () => {
    const points = onePointEach([
      "The latter is the world's largest games manufacturer.",
      'The former teacher confirmed he had attended the meeting.',
    ]);
    expect(labelPoints(points)).toEqual(['', 'Former teacher confirmed he had attended meeting']);
  });
});

describe('labelPoints on a point of two sentences', () => {
  it('GIVEN the label comes from "He said …" in the second sentence THEN "he" is the speaker the first names', () => {
    const { sentences } = prepareArticle(
      "French Green MEP Alain Lipietz warned two weeks ago that if the Commission ignored the request it would be an insult. He said that the parliament would then reject the Council's version of the legislation.",
    );
    expect(sentences).toHaveLength(2);
    const [label] = labelPoints([sentences]);
    expect(label).toBe("Lipietz said parliament would reject Council's version of legislation");
  });

  it('GIVEN "He …" in the second sentence and a name in an aside of the first THEN "he" is not that name', () => {
    const { sentences } = prepareArticle(
      'When Copeland, who used to play for the New York Knicks, told the man to back off, the suspect pulled out a knife. He then turned on Saltare, stabbing her in the arm.',
    );
    expect(sentences).toHaveLength(2);
    expect(labelPoints([sentences])[0]).not.toMatch(/Knicks/);
  });

  it('GIVEN "He …" in the second sentence inside the quotation the first opened THEN "he" is not the speaker: no label', () => {
    const { sentences } = prepareArticle(
      'Gerard Houllier has backed Rafael Benitez. But Houllier told BBC Sport: "In private and in public, I have stressed I believe Rafa is doing a good job. He is the right man at the right place. "Rafa is a good coach and a good man."',
    );
    expect(sentences[2]?.text).toBe('He is the right man at the right place.');
    expect(labelPoints([sentences.slice(1, 3)])[0]).not.toMatch(/Houllier is/);
  });

  it('GIVEN a possessive read as a speaker in the first sentence ("… to plug Labour\'s claimed black hole") THEN "he" does not become it', () => {
    const { sentences } = prepareArticle(
      "Mr Howard announced that £12bn will be used to plug Labour's claimed financial black hole. He would not be precise, but there are already suggestions he is set to cut income tax.",
    );
    expect(sentences).toHaveLength(2);
    expect(labelPoints([sentences])[0]).not.toMatch(/Labour's/);
  });

  it('GIVEN "He said …" in the second sentence and no speaker named in the first THEN no label', () => {
    const { sentences } = prepareArticle(
      "'We will not accept this,' the opposition leader warned in a long statement on Tuesday. He said that the parliament would then reject the version of the legislation.",
    );
    expect(labelPoints([sentences])[0]).toBe('');
  });
});

describe('headlineLabel: a claim that "but" turns', () => {
  it('GIVEN "X is unremarkable when … but startling when …" or "X was leading 5-4 … but the match slipped away" THEN no label states the first half alone; reported speech with "but" keeps its label', () => {
    expect(
      headlineLabel(
        'The surround sound demo is unremarkable when heard on a multi-speaker home cinema system but startling when emerging from a small mobile phone.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'Rochus was leading 5-4 in the second set tiebreak but his concentration was ruffled by a disputed line call and the match slipped away.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'The Spanish Football Federation at first declined to take action against Aragones, but was then requested to do so by the anti-violence commission.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('Pernod said it was seeking acquisitions but refused to comment on specifics.'),
    ).toBe('Pernod said it was seeking acquisitions');
  });
});

describe('headlineLabel: "according to" with no comma before it', () => {
  it('GIVEN "… rose in December for the first time since July according to new data." THEN the label keeps the attribution; "went according to plan" is none', () => {
    expect(
      headlineLabel(
        'The feel-good factor among US consumers rose in December for the first time since July according to new data.',
      ),
    ).toBe('Feel-good factor rose, according to new data');
    expect(headlineLabel('The launch of the rocket went according to plan.')).toBe(
      'Launch of rocket went according to plan',
    );
  });
});

describe('headlineLabel: a verb that ties its object to something else', () => {
  it('GIVEN "The inquiry linked the ex-home secretary to the speeding up of a visa claim" THEN no label stops at the object; "The PSP can be linked up with others for …" keeps its label', () => {
    expect(
      headlineLabel(
        "The inquiry linked the ex-home secretary to the speeding up of a visa claim by his ex-lover's nanny.",
      ) ?? '',
    ).not.toMatch(/secretary$/);
    expect(headlineLabel('The PSP can be linked up with others for multiplayer gaming.')).toBe(
      'PSP can be linked up with others',
    );
  });
});

describe('labels cut open or glued to a heading', () => {
  it('GIVEN "consumer spending in January rose 3.8%" or a sentence that lost its name ("Ireland\'s delivered a shock …") THEN no label with a preposition or a possessive right before a verb; "players coming in had …" keeps its label', () => {
    expect(
      headlineLabel(
        'The National Statistic Institute (INSEE) added that consumer spending in January rose 3.8% on a year-on-year basis.',
      ) ?? '',
    ).not.toMatch(/\bin rose\b/);
    expect(
      headlineLabel(
        "Ireland's delivered a shock in the men's 200m as he stormed to his first major title in 21.01 seconds.",
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        "O'Sullivan said the players coming in had the opportunity to stake claims for inclusion.",
      ),
    ).toBe("O'Sullivan said players coming in had opportunity to stake claims");
  });
  it('GIVEN "remains odds on favourite" THEN no label cuts the compound ("remains odds")', () => {
    expect(
      headlineLabel('Comic Joe Pasquale remains odds on favourite to win the reality show.') ?? '',
    ).not.toMatch(/odds$/);
  });
  it('GIVEN "the 40km per hour limit" THEN no label ends on the quantity cut from its rate; "climbed to 43.305 per US dollar" keeps its value', () => {
    expect(
      headlineLabel('The agency has set the 40km per hour limit for every street.') ?? '',
    ).not.toMatch(/40km$/);
    expect(
      headlineLabel('The firm has confirmed the $5 per share payout to investors.') ?? '',
    ).not.toMatch(/\$5$/);
    expect(headlineLabel('The rupee climbed to 43.305 per US dollar on Thursday.')).toBe(
      'Rupee climbed to 43.305',
    );
  });
  it('GIVEN "was sentenced to 18 months in drug rehabilitation" THEN no label ends on the length, which alone reads as prison; "jailed for two years for fraud" keeps it', () => {
    expect(
      headlineLabel(
        'The singer was sentenced to 18 months in drug rehabilitation for taking cocaine.',
      ) ?? '',
    ).not.toMatch(/months$/);
    expect(headlineLabel('The banker was jailed for two years for fraud.') ?? '').toMatch(
      /^Banker was jailed for two years/,
    );
  });
  it('GIVEN a heading in capitals glued before a sentence that names it again ("ICO 2 (WORKING TITLE) Ico remains …") THEN no label', () => {
    expect(
      headlineLabel(
        'ICO 2 (WORKING TITLE) Ico remains a benchmark for PS2 gaming, a title that took players into a world of adventure.',
      ),
    ).toBeUndefined();
  });
  it('GIVEN a section heading that holds a name the point does not say ("WORLD OF WARCRAFT" over "… a world of adventure") THEN the heading is not its label', () => {
    const { sentences } = prepareArticle(
      'A review of games.\n\nWORLD OF WARCRAFT\n\nICO 2 remains a benchmark for PS2 gaming, a title that took players into a uniquely atmospheric and artistic world of adventure.',
    );
    expect(sentences[1]?.heading).toBe('WORLD OF WARCRAFT');
    expect(labelPoints([[sentences[1] as (typeof sentences)[number]]])[0]).not.toBe(
      'WORLD OF WARCRAFT',
    );
  });
});

describe("headlineLabel: a verb found after a subordinator is its clause's", () => {
  it('GIVEN "A slower-than-expected fourth quarter points to more modest growth … as global technology demand falls back" THEN no label makes "falls back" the main verb; "as" of a role or an amount is no subordinator', () => {
    expect(
      headlineLabel(
        'A slower-than-expected fourth quarter points to more modest growth for the trade-driven economy in 2005 as global technology demand falls back.',
      ) ?? '',
    ).not.toMatch(/falls back/);
    expect(
      headlineLabel(
        "Partly based upon Alan Bennett's experience as a teacher, The History Boys has been at London's National Theatre since last May.",
      ),
    ).toBeDefined();
  });
});

describe('headlineLabel: a verb that says what someone is keeps its complement', () => {
  it('GIVEN "declared himself \'delighted\'" or "found himself in trouble" THEN no label ends on the reflexive; "hurt herself" may', () => {
    expect(
      headlineLabel(
        'Prime Minister Tony Blair declared himself "delighted", saying Mr Jackson would be warmly welcomed by Labour MPs.',
      ) ?? '',
    ).not.toMatch(/himself$/);
    expect(
      headlineLabel('The striker found himself in trouble with the referee.') ?? '',
    ).not.toMatch(/himself$/);
    expect(headlineLabel('The champion hurt herself in training.')).toBe('Champion hurt herself');
  });
});

describe("labelPoints on a sentence shown as someone's words", () => {
  it('GIVEN a sentence inside a quotation, its speaker named after it THEN the label says who speaks, never the view as fact; one that says who speaks stays', () => {
    const points = onePointEach([
      'The time is irrelevant.',
      'Rangers manager Alex McLeish said his side had played well.',
    ]);
    expect(labelPoints(points)).toEqual([
      'Time is irrelevant',
      'Rangers manager Alex McLeish said his side had played well',
    ]);
    expect(labelPoints(points, () => 'Kelly Holmes')).toEqual([
      'Holmes says time is irrelevant',
      'Rangers manager Alex McLeish said his side had played well',
    ]);
  });

  it('GIVEN words whose subject is a pronoun ("It also performs …") or in the first person THEN no label', () => {
    const points = onePointEach([
      'It also performs during the commercial breaks to entertain the audience.',
      'We are doing research into the possibilities we have.',
    ]);
    expect(labelPoints(points, () => 'Carlo Conti')).toEqual(['', '']);
  });

  it('GIVEN a comparative cut from its scope ("more common | in Australian Rules football") THEN no label', () => {
    const points = onePointEach([
      'The injury is more common in Australian Rules football, and a fit footballer would take three weeks to recover.',
    ]);
    expect(labelPoints(points, () => 'Mark Osborne')).toEqual(['']);
  });

  it('GIVEN a comparative cut from what it compares with ("ever better | as Hermione", "fewer viewers | than its last series") THEN no label', () => {
    const points = onePointEach([
      'The young actress is ever better as Hermione, and the stars are joined by famous actors.',
      'The talent show attracted fewer viewers than its last series.',
    ]);
    expect(labelPoints(points)).toEqual(['', '']);
  });
});

describe('labelPoints: a label says who or what on its own', () => {
  it('GIVEN a point whose sentence opens on "She" or "His claims" THEN it has no label', () => {
    const { sentences } = prepareArticle(
      [
        'Andrea Levy has won the novel award for her book Small Island.',
        '',
        'She is now favourite to win the overall prize after beating the Booker winner.',
        '',
        'His claims were denied by the foreign secretary in the Commons on Thursday.',
      ].join('\n'),
    );
    expect(
      labelPoints([[sentences[1]], [sentences[2]]].map((g) => g.flatMap((s) => (s ? [s] : [])))),
    ).toEqual(['', '']);
  });
});

describe('headlineLabel: no label that claims more than its sentence', () => {
  it.each([
    // The participle says who reported it: the source cannot go.
    'The figures, reported by Reuters, show a sharp fall in sales.',
    // A superlative without its scope ("biggest by civil servants in a decade") overclaims.
    'The strike, called by the Public and Commercial Services Union, was the biggest by civil servants in a decade.',
    // "attempts" is the subject's noun: "failed" is the verb, and the label cannot drop it.
    'Government attempts to curb inflation failed.',
    // "one of four films" without which of them ("to get four nominations") says nothing true.
    'Controversial biopic Kinsey, starring Liam Neeson, was one of four films to get four nominations.',
    // "Once logged onto an Evil Twin" is the condition under which the data can be intercepted.
    'Once logged onto an Evil Twin, sensitive data can be intercepted.',
    // "Any video programme" without "created by the villagers" speaks of all programmes.
    'Any video programme created by the villagers is uploaded to a portal that lets people browse.',
  ])('GIVEN %j THEN no label states what it does not', (sentence) => {
    const label = headlineLabel(sentence) ?? '';
    expect(label).not.toMatch(
      /^Figures show|^Strike was biggest$|^Government attempts to curb|one of four films$|^Any video programme is|^Sensitive data can be intercepted$/,
    );
  });
});

describe('headlineLabel: what completes the verb comes along, or no label', () => {
  it('GIVEN a phrasal verb whose particle follows its object ("put Newcastle ahead") THEN the particle stays', () => {
    expect(
      headlineLabel('Lee Bowyer put Newcastle ahead when he fed Stephen Carr on the right flank.'),
    ).toBe('Lee Bowyer put Newcastle ahead');
  });

  it('GIVEN "Unemployment stood at 25%, compared with …" THEN the label says so', () => {
    expect(headlineLabel('Unemployment stood at 25%, compared with 10% before the uprising.')).toBe(
      'Unemployment stood at 25%',
    );
  });

  it.each([
    // "take" says no way: where the total went is the news.
    'The 600,000 connections take the total number of people in the UK signing up for broadband to almost 3.3 million.',
    // "the first time" is the clause after it.
    "Tuesday's figures represent the first time that the unemployment rate has fallen to a single digit.",
    // What was voted for is the news; "by a large majority" alone says nothing.
    "Iran's parliament voted by a large majority to cut Turkcell's stake in the network.",
    // "the Office for | National Statistics" would name another body.
    'Retail sales dropped by 1% in December, the Office for National Statistics said.',
    // The name after the source is the source's, not the sentence's subject.
    'According to figures gathered by industry watchdog, Ofcom, the growth means that the UK has now surpassed Germany.',
  ])('GIVEN %j THEN no label cuts what the object is for', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: an amount opening the subject', () => {
  it('GIVEN "More than 200 people were injured …" THEN the label keeps the whole amount (not "Than 200 people …")', () => {
    expect(headlineLabel('More than 200 people were injured in the blast.')).toBe(
      'More than 200 people were injured in blast',
    );
    expect(headlineLabel('More than five million radio listeners voted in the awards.')).toBe(
      'More than five million radio listeners voted in awards',
    );
  });
});

describe("headlineLabel: a clause of when ends the verb's", () => {
  it('GIVEN "… was discussed when McCain visited …" THEN the label ends on the verb', () => {
    expect(
      headlineLabel(
        'Officials have confirmed climate change was discussed when senator John McCain recently visited Mr Blair.',
      ),
    ).toBe('Officials have confirmed climate change was discussed');
  });
});

describe('headlineLabel: a plea, and a negation said with its adjective', () => {
  it.each([
    ['Titan pleaded guilty to falsifying its accounts.', 'Titan pleaded guilty'],
    ['Halo 2 has proved popular online.', 'Halo 2 has proved popular'],
    [
      'Mr Ebbers has pleaded not guilty to charges of fraud and conspiracy.',
      'Mr Ebbers has pleaded not guilty',
    ],
    [
      'New York Attorney General Elliot Spitzer said Robert Stearns had pleaded guilty.',
      'Elliot Spitzer said Robert Stearns had pleaded guilty',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    [
      'Despite this, Ferrero insists he is feeling positive after chicken pox destroyed last season.',
      'Ferrero insists he is feeling positive',
    ],
    [
      'The law is proving controversial and has been in limbo for a year.',
      'Law proving controversial',
    ],
    [
      'Wi-fi is becoming popular as more devices come with wireless capability.',
      'Wi-fi becoming popular',
    ],
  ])(
    "GIVEN the progressive of a copula, %j THEN its adjective is the label's complement",
    (sentence, label) => {
      expect(headlineLabel(sentence)).toBe(label);
    },
  );

  it.each([
    [
      'The Hubble Space Telescope has been key to the discoveries, NASA said in a news release.',
      'Hubble Space Telescope has been key to discoveries, NASA said',
    ],
    [
      'The comedian, who recently got into trouble, is renowned for his heavy use of expletives.',
      'Comedian is renowned for his heavy use of expletives',
    ],
    [
      'Germany has been reliant on exports to get its economy back on track, as unemployment of more than five million and impending cuts to welfare mean German consumers have kept their money to themselves.',
      'Germany has been reliant on exports',
    ],
    [
      'The voice features, based on IBM technology, are currently only available in the Windows version.',
      'Voice features are only available in Windows version',
    ],
  ])(
    'GIVEN an adjective that needs its phrase, %j THEN the phrase comes along',
    (sentence, label) => {
      expect(headlineLabel(sentence)).toBe(label);
    },
  );

  it.each([
    'The new award is open to writers of all nationalities who write in English.',
    'Now Porto, coached by Julen Lopetegui, are ready to poach him.',
    'The plan is key to the success of the company and its staff.',
    'The agency has maintained that the SLS will be essential for human spaceflight beyond Earth orbit.',
  ])("GIVEN %j THEN no label cuts the adjective's phrase short", (sentence) => {
    const label = headlineLabel(sentence) ?? '';
    expect(label).not.toMatch(/(?:nationalities|poach|success|spaceflight)$/);
  });

  it('GIVEN "The system is not available commercially yet" THEN no label says it is not available at all', () => {
    expect(
      headlineLabel('The system is not available commercially yet, but trials began.'),
    ).not.toBe('System is not available');
  });
});

describe('headlineLabel: a place after a copula, and idioms that need what follows', () => {
  it('GIVEN "Mark McClelland had been in the band for more than 10 years …" THEN the place is said whole', () => {
    expect(
      headlineLabel(
        'Mark McClelland had been in the band for more than 10 years since its formation at Dundee University.',
      ),
    ).toBe('Mark McClelland had been in band');
  });

  it.each([
    'Top seed Federer looked to be on course for a easy victory when he thumped the eighth seed 6-1 in the first set.',
    'While virus traffic has slowed down, denial of service attacks are on the increase according to the firm.',
  ])(
    'GIVEN %j THEN no label ends before what the phrase needs ("on course", "according")',
    (sentence) => {
      expect(headlineLabel(sentence) ?? '').not.toMatch(/(?:on course|according)$/);
    },
  );
});

describe('labelPoints: a quantifier alone is no subject', () => {
  it('GIVEN "Others include a domain for pornography …" THEN no label; "Many pensioners are disadvantaged …" keeps one', () => {
    const { sentences } = prepareArticle(
      [
        'The net could soon have two new domain names.',
        '',
        'Others include a domain for pornography, an anti-spam domain as well as .post and .travel.',
        '',
        'Many pensioners are disadvantaged by the current system.',
      ].join('\n'),
    );
    const labels = labelPoints(
      [[sentences[1]], [sentences[2]]].map((g) => g.flatMap((s) => (s ? [s] : []))),
    );
    expect(labels[0]).toBe('');
    expect(labels[1]).toBe('Many pensioners are disadvantaged');
  });
});

describe('headlineLabel: a noun that needs its phrase takes it along when it fits', () => {
  it.each([
    [
      'Rosneft already faces a similar $540m repayment demand from foreign banks.',
      'Rosneft already faces similar $540m repayment demand from foreign banks',
    ],
    [
      "The government shunned opponents' calls for free long-term care.",
      "Government shunned opponents' calls for free long-term care",
    ],
    [
      'Sony has billed the machine as the Walkman of the 21st Century and has sold more than 800,000 units.',
      'Sony has billed machine as Walkman of 21st Century',
    ],
    // A copula's noun with its phrase, not "System has been work".
    [
      'The Internationalised Domain Names system has been a work in progress for years.',
      'Internationalised Domain Names system has been work in progress',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    'Organisers said the auction was the first in the US to be devoted to items belonging to jazz musicians.',
    'The prime minister says it is time for Mr Livingstone to say sorry.',
    'The party has been "agnostic" on the issue until now but had decided to come off the fence.',
  ])('GIVEN %j THEN no label cuts the phrase from what bounds it', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN an act followed by what is attempted ("an attempt by the defence to have …") THEN no label', () => {
    expect(
      headlineLabel(
        'The court rejected an attempt by the defence team to have the case dismissed.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: "in good", "in short" before a noun are that noun\'s phrase', () => {
  it('GIVEN "Aaron Mauger was in good form with the boot" THEN the label keeps "in good form"', () => {
    expect(headlineLabel('Aaron Mauger was in good form with the boot, adding 10 points.')).toBe(
      'Aaron Mauger was in good form',
    );
  });
});

describe("headlineLabel: an adverb before a participle after the subject's noun goes with the participle", () => {
  it('GIVEN "The sectarianism long associated with … has become …" THEN the subject is "Sectarianism"', () => {
    expect(
      headlineLabel(
        'The sectarianism long associated with sections of the support from both clubs has become a significant target for the executive.',
      ),
    ).toBe('Sectarianism has become significant target for executive');
  });
});

describe('headlineLabel: who a named person is, between commas after the name, is an aside', () => {
  it.each([
    [
      "Mr Sullivan, WorldCom's former number two, is the government's chief witness in its case against Mr Ebbers.",
      "Mr Sullivan is government's chief witness in its case",
    ],
    [
      "UFJ Holdings, Japan's fourth-largest bank, has been at the centre of a fierce bid battle over the last year.",
      'UFJ Holdings has been at centre of fierce bid battle',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN the possessive after an opening phrase ("Following a cameo in The Edge, Bening\'s breakthrough role came …") THEN it stays the subject', () => {
    expect(
      headlineLabel(
        "Following a cameo in Postcards From The Edge, Bening's breakthrough role came in 1990, playing Myra Langtry in The Grifters.",
      ),
    ).toBe("Bening's breakthrough role came in 1990");
  });
});

describe('headlineLabel: a list of objects that fits is said whole', () => {
  it.each([
    [
      "Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire.",
      "Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire",
    ],
    [
      'The Mac mini comes without a monitor, keyboard and mouse, and a second version will also be sold for $599.',
      'Mac mini comes without monitor, keyboard and mouse',
    ],
    // A range whole: not "Games expected to cost between £19".
    [
      'Games for the DS are expected to cost between £19 and £29.',
      'Games for DS expected to cost between £19 and £29',
    ],
    // An aside whose last items end the sentence is no aside: not "… edge of Kibera scrap metal".
    [
      'The school is on the edge of Kibera, where 800,000 live often in huts made of mud, scrap metal and cardboard.',
      'School is on edge of Kibera',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    'The channel covers local politics, sports, events and anything that residents want to film.',
    'The two Japanese companies will collaborate in research & development, production, marketing and licensing.',
  ])('GIVEN %j THEN no label cuts the list or its last item', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: verbs that say or mean a clause', () => {
  it.each([
    [
      'The latest increase means industrial output has grown 4.2% in the past year.',
      'Latest increase means industrial output has grown 4.2%',
    ],
    [
      'Labour has always maintained Mr Brown would have a central campaign role.',
      'Labour has maintained Mr Brown would have central campaign role',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    // Not "Mr Howard says no-one could become premier": "no-one" cut from its restriction.
    'Mr Howard says no-one from an immigrant family could become premier.',
    // Not "Contest could end": the particle is half of the verb.
    'Bortolami feels the Edinburgh contest could end up being a bruising battle of the packs.',
    'The contest could end up being a battle.',
    // Not "… became frustrating affair with players": "with players often stranded" is a clause.
    'Poor design meant the game became a very frustrating affair with players often stranded half-way through a level.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: participles that modify nouns', () => {
  it.each([
    ['Rising oil prices hit airline shares.', 'Rising oil prices hit airline shares'],
    [
      'Falling sales have left Mitsubishi Motors with underused capacity, and a deal gives it a chance.',
      'Falling sales have left Mitsubishi Motors with underused capacity',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN "left X with Y" where Y does not fit THEN no label says "left X"', () => {
    expect(
      headlineLabel(
        'Falling sales have left the struggling Japanese carmaker Mitsubishi Motors with a great deal of underused capacity.',
      ) ?? '',
    ).not.toMatch(/Motors$/);
  });
});

describe('headlineLabel: quotations and their speakers', () => {
  it.each([
    [
      '"Radio 1\'s chart show is an institution and remains the station\'s single most popular show," says JK, also known as Jason King.',
      "JK says Radio 1's chart show is institution",
    ],
    // A single quotation mark inside a double quotation stays in it.
    [
      '"The plan is an \'open door\' policy," deputy planning director Jose Leibovich said.',
      'Jose Leibovich says plan is open door policy',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });
});

describe('headlineLabel: a claim cut from the part where it holds says it of all', () => {
  it.each([
    'Honorary consuls will be appointed in some of the areas affected by the embassy closures.',
    // "thrown its support | behind …": whose support is the point.
    'The Australian Rugby Union has thrown its support behind a proposed North-South match to raise funds for the tsunami appeals.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: a habit is no news', () => {
  // (Of the Austrian's drop shots it gives none: a possessor without its noun, see above.)
  it('GIVEN "Agassi was often bamboozled by the drop shots of the Austrian" THEN the label keeps "often"', () => {
    expect(
      headlineLabel(
        'Agassi was often bamboozled by the drop shots of the Austrian, losing 6-3 6-1.',
      ),
    ).toBe('Agassi was often bamboozled by drop shots of Austrian');
  });

  it.each([
    'Often in friendlies, though, a manager will play his strongest side for the first 45 minutes.',
    'He rarely scores goals.',
    // "People | suffering Alzheimer's disease": not all people.
    "People suffering Alzheimer's disease and other forms of dementia often feel confused in the morning.",
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: misstatements found in reading existing labels', () => {
  it.each([
    // Not "Shell told shocked investors": the participle modifies the object; what was told is the point.
    'In January 2004, Shell told shocked investors that its reserves were 20% smaller than previously thought.',
    // Not "… there were 22 members of Royal Family": which 22 is the phrase after.
    'Lord Falconer said there were 22 members of the Royal Family in the line of succession after the Prince of Wales.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN a participle opening the object ("a carefully choreographed show") THEN it modifies the noun', () => {
    expect(headlineLabel('The event was a carefully choreographed show of unity.')).toBe(
      'Event was choreographed show of unity',
    );
  });
});

describe('headlineLabel: a quotation said by a named speaker after the verb', () => {
  it.each([
    ['"Britain has the right attitude," said Connors.', 'Connors says Britain has right attitude'],
    [
      '"France still has a strong economic growth," said Marc Toutai, an economist at Natexis Banques Populaires.',
      'Marc Toutai says France still has strong economic growth',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    // Not "French says …", "England says …": a word before the role is no speaker.
    '"Asia should engage in greater currency flexibility," said French finance minister Herve Gaymard, after a meeting.',
    '"Mike had a specialist review on a fracture in his right mid foot," said England doctor Simon Kemp.',
    // Not "Aguilera's says …".
    '"No wedding plans have been set yet," said Aguilera\'s agent Meghan Prophet.',
    // Not "O\'Sullivan says It was …": what "it" is the quotation does not say.
    '"It was a hell of a tough game," said O\'Sullivan.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: a participle or "between" cut from its phrase', () => {
  it.each([
    'Taylor suffered knee ligament damage playing against Ireland in Dublin in the 2004 Six Nations championship.',
    'Holmes helped erase the gloom hanging over Team GB after their biggest medal hope dropped out.',
    "Bulgaria's game comes between Celtic's Boxing Day meeting with Hearts and their 2 January fixture against Livingston.",
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN a gerund that names a thing ("its profits warning | in January") THEN the label ends on it', () => {
    expect(headlineLabel('Mitsubishi Motors issued a profits warning in January.')).toBe(
      'Mitsubishi Motors issued profits warning',
    );
  });

  it('GIVEN an ordinal counted within a span ("its third profits warning | in nine months") THEN no label', () => {
    expect(
      headlineLabel('Mitsubishi Motors issued its third profits warning in nine months.'),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a participle after an adjective-tagged noun, cut from its clause', () => {
  it('GIVEN "NASA released a graphic noting that scientists have found …" THEN no label ends on "noting"', () => {
    expect(
      headlineLabel(
        'NASA released a graphic noting that scientists have found evidence or indications of water on a number of celestial bodies.',
      ) ?? '',
    ).not.toMatch(/noting$/);
  });
});

describe('headlineLabel: "only" that limits when', () => {
  it.each([
    'The group, originally from Northern Ireland, has only achieved mainstream success in the last year with the single Run.',
    'The Manic Street Preachers may only have become stadium-conquering rock giants since his disappearance.',
  ])('GIVEN %j THEN no label cuts "only" from its time', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN an aside opening "originally from" THEN it goes ("Barrientos, originally from …, lived …")', () => {
    expect(headlineLabel('The group, originally from Northern Ireland, has won two awards.')).toBe(
      'Group has won two awards',
    );
  });
});

describe('headlineLabel: a clause of why or when after the main one', () => {
  it('GIVEN "Shares in the retailer were up 19.6% at $17.04 in Tuesday morning trading in New York following the announcement." THEN the amount says enough', () => {
    expect(
      headlineLabel(
        'Shares in the retailer were up 19.6% at $17.04 in Tuesday morning trading in New York following the announcement.',
      ),
    ).toBe('Shares in retailer were up 19.6%');
  });

  it.each([
    // No amount: the label says nothing of the main clause.
    'The falls were triggered when the Energy Information Administration said on Wednesday that US crude stocks were 3.5% higher than a year ago.',
    'The move is a surprising one because China is struggling to increase energy supplies for its booming economy.',
    // An amount in the subject only.
    'The 1991 laptop was chosen because it was one of the first "lightweight" portable computers and helped define the layout of all future notebook PCs.',
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('headlineLabel: found in the last label sample', () => {
  it('GIVEN "replace X with Y" THEN the label keeps what replaces X, or there is none', () => {
    expect(headlineLabel('The firm will replace its chairman with a new boss.')).toBe(
      'Firm to replace its chairman with new boss',
    );
    expect(
      headlineLabel('The flagship pledge is to replace council tax with a local income tax.') ?? '',
    ).not.toMatch(/council tax$/);
  });

  it('GIVEN "are next meeting to discuss …" THEN no label ends on "next"', () => {
    expect(
      headlineLabel('Opec members are next meeting to discuss production levels on 16 March.') ??
        '',
    ).not.toMatch(/next$/);
  });
});

describe('headlineLabel: a role between commas after a name is an aside', () => {
  it.each([
    [
      'Mr Knight, founder of Death Row Records, served a 10-month jail term in 2004 for punching a man.',
      'Mr Knight served 10-month jail term',
    ],
    [
      'Mitchell Kapor, chairman of the Mozilla foundation, warned that Microsoft could use patent lawsuits in the future.',
      'Mitchell Kapor warned Microsoft could use patent lawsuits',
    ],
  ])('GIVEN %j THEN the label is %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN the role before an article ("Christine Rush, director of the festival\'s sister event, the Bangkok Film Market") THEN it is no aside', () => {
    expect(
      headlineLabel(
        "Mr Prater's sentiments were echoed by Christine Rush, director of the festival's sister event, the Bangkok Film Market.",
      ),
    ).toBe("Mr Prater's sentiments were echoed by Christine Rush");
  });
});

describe('headlineLabel: when, said before the clause', () => {
  it.each([
    ['Last week, Microsoft announced a new browser.', 'Microsoft announced new browser'],
    [
      'Earlier this month, a three-judge appeal court panel rejected the claim in a 2-1 decision.',
      'Three-judge appeal court panel rejected claim',
    ],
    [
      'Four months later, Holmes stormed to double Olympic gold.',
      'Holmes stormed to double Olympic gold',
    ],
  ])('GIVEN %j THEN the label is the clause: %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN an opening that is not a time ("Last of all, …", "Initially, …") THEN it is not cut as one', () => {
    expect(headlineLabel('Initially, the firm said it would keep the plant open.')).not.toBe(
      'Firm said it would keep plant open',
    );
  });
});

describe('headlineLabel: an article inside a title', () => {
  it('GIVEN "is called Touching From A Distance" THEN no label drops the title\'s "A"', () => {
    expect(
      headlineLabel(
        "The Manchester-based production is called Touching From A Distance, after a book by Curtis's widow Deborah.",
      ) ?? '',
    ).not.toMatch(/From Distance/);
  });

  it('GIVEN a title that opens on "The" ("family comedy The Pacifier") THEN the label drops it as a headline would', () => {
    expect(
      headlineLabel(
        "Vin Diesel's family comedy The Pacifier fell to the number two spot, taking $18.1m.",
      ),
    ).toBe('Family comedy Pacifier fell to number two spot');
  });
});

describe('headlineLabel: a premise its own subject overturns after "but"', () => {
  it.each([
    'The top seed was a strong favourite for the title but went down 7-6 (7-4) 6-3 to the American.',
    'Williams was expected to miss the match with a disc problem in his neck, but has been making a speedy recovery.',
    'The centre was supposed to be self-funded, but has failed to attract the private cash injection it needs.',
    'Mr Livingstone has said the remarks may have been offensive but were not racist.',
  ])('GIVEN %j THEN there is no label of the first half', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN "but" with a new subject, or a second clause that adds ("… but had thought it too gloomy") THEN the label stands', () => {
    expect(
      headlineLabel(
        'The Aviator leads the shortlist, but critics believe the night may belong to Million Dollar Baby.',
      ),
    ).toBe('Aviator leads shortlist');
    expect(
      headlineLabel(
        'Read wrote the song before the Boxing Day tragedy but had thought it was too gloomy to release.',
      ),
    ).toBe('Read wrote song');
  });
});

describe('headlineLabel: a reported view and its reservation after "but"', () => {
  it.each([
    'Independent experts said the findings were interesting but should be treated with caution.',
    'The coach said Smith had earned his place but the time had come to give younger players a chance.',
    'The minister said the scheme had helped thousands of families but "must be properly funded".',
  ])('GIVEN %j THEN there is no label of the half the speaker grants', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN the view alone, an act of its subject after "but", or another side\'s view THEN the label stands', () => {
    expect(headlineLabel('Independent experts said the findings were interesting.')).toBe(
      'Independent experts said findings were interesting',
    );
    expect(
      headlineLabel(
        'The company said it was looking at acquisitions but declined to comment on talks.',
      ),
    ).toBe('Company said it was looking at acquisitions');
    expect(
      headlineLabel('Unions say the plan will cost jobs, but ministers say it will save money.'),
    ).toBe('Unions say plan will cost jobs');
  });
});

describe("headlineLabel: an adverb inside the object's noun phrase", () => {
  it.each([
    'The law would have banned "sexually oriented performances" on public property.',
    'The council hired highly paid consultants to review the plan.',
  ])('GIVEN %j THEN no label drops the adverb ("banned oriented performances")', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN an adverb of the verb group ("has recently renovated galleries") THEN the label drops it as before', () => {
    expect(headlineLabel('The museum has recently renovated galleries.')).toBe(
      'Museum has renovated galleries',
    );
  });
});

describe('headlineLabel: a name cut at its start', () => {
  it.each([
    'President Luiz Inacio Lula da Silva visited the region on Thursday and promised federal help.',
    'Prime Minister Pedro Sanchez de Castro visited the region on Thursday.',
  ])('GIVEN %j THEN no label opens inside the name', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN a title before the name, or a surname alone after a forename THEN the label stands', () => {
    expect(headlineLabel('President Joe Biden visited the region on Thursday.')).toBe(
      'President Joe Biden visited region',
    );
    expect(
      headlineLabel(
        'Vibe magazine president Kenard Gibbs said the attack earlier this month in Santa Monica was "sickening".',
      ),
    ).toMatch(/^Gibbs said attack/);
  });
});

describe("headlineLabel: a verb mistagged as the subject's noun", () => {
  it('GIVEN "The search engine works by matching key words typed in …" THEN no label reads "works" as a noun', () => {
    expect(
      headlineLabel(
        'The search engine works by matching key words typed in to different web pages but many people still type in natural language questions.',
      ) ?? '',
    ).not.toMatch(/works typed/);
  });

  it('GIVEN "by" and a participle in an opening phrase ("Following the comments by acting Opec secretary general …,") THEN the clause is still labelled', () => {
    expect(
      headlineLabel(
        'Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US light crude fell 32 cents to $51.43 a barrel.',
      ),
    ).toBe('US light crude fell 32 cents');
  });
});

describe('headlineLabel: a description that opens the sentence and the name it gives', () => {
  it.each([
    [
      'The company, GlaxoSmithKline, is to alter the packaging of the pills.',
      'GlaxoSmithKline is to alter packaging of pills',
    ],
    [
      "The pair's former coach, Christos Tzekos, has been banned for four years.",
      'Christos Tzekos has been banned for four years',
    ],
    ['A third defendant, Richard Rutkowski, was acquitted.', 'Richard Rutkowski was acquitted'],
  ])('GIVEN %j THEN the name is the subject: %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it.each([
    'The film, directed by Jean-Pierre Jeunet, received best actress, picture and director nominations.',
    "The firm, formerly Interbrew, became the world's biggest brewer by volume.",
    'The Birmingham-born singer, full name Jamelia Davis, was signed to a record label at the age of 15.',
  ])(
    'GIVEN an aside that is no name of the subject (%j) THEN it is not made the subject',
    (sentence) => {
      expect(headlineLabel(sentence) ?? '').not.toMatch(/^(?:Directed|Formerly|Full name)\b/);
    },
  );
});

describe('headlineLabel: "that" after a clause said', () => {
  it('GIVEN "said Mars promised her that he would provide support" THEN no label says she said he would', () => {
    expect(
      headlineLabel(
        'Robin Mantooth said Mars promised her repeatedly that he would provide financial support.',
      ) ?? '',
    ).not.toMatch(/said he would/);
  });

  it('GIVEN "told staff that the audit was rigged" THEN the object and the clause said stay', () => {
    expect(headlineLabel('He told staff that the audit was rigged.')).toBe(
      'He told staff audit was rigged',
    );
  });
});

describe('headlineLabel: a name cut at its initial', () => {
  it('GIVEN "arrested Christopher L. Tays, 32, …, Harris said" THEN no label ends the name at "L"', () => {
    expect(
      headlineLabel(
        'Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges including two local warrants, Harris said.',
      ) ?? '',
    ).not.toMatch(/Christopher L(?:,|$)/);
  });

  it('GIVEN a letter that is a name\'s own ("promoted to League B.") THEN it is no initial', () => {
    expect(headlineLabel('The club has been promoted to League B.')).toBe(
      'Club has been promoted to League B',
    );
  });
});

describe('headlineLabel: "one of …" between commas after the subject is an aside', () => {
  it('GIVEN "France Telecom, one of the world\'s largest telecoms providers, saw …" THEN the label is the clause', () => {
    expect(
      headlineLabel(
        "France Telecom, one of the world's largest telecoms providers, saw its full-year sales rise 2.2% to 47.2bn euros in 2004.",
      ),
    ).toBe('France Telecom saw its full-year sales rise 2.2%');
  });
});

describe('headlineLabel: an action in progress cut from its time', () => {
  it('GIVEN "Mr Oaten was speaking when an inquiry was under way" THEN no label ends "was speaking"', () => {
    expect(
      headlineLabel(
        'Lib Dem officials say Mr Oaten was speaking when an inquiry was under way and was avoiding rushing to judgement.',
      ) ?? '',
    ).not.toMatch(/was speaking$/);
  });

  it('GIVEN a progressive that ends its clause ("The German economy has been faltering, with …") THEN the label stands', () => {
    expect(
      headlineLabel(
        'The German economy has been faltering, with unemployment levels rising to a seventy-year high of 5.2 million.',
      ),
    ).toBe('German economy has been faltering');
  });
});

describe('headlineLabel: a place and its state before a noun are one name', () => {
  it('GIVEN "Authorities locked down the Suitland, Maryland campus …" THEN no label (cut at the comma it names the town); "moved to Austin, Texas last year" keeps "Company moved to Austin"', () => {
    expect(
      headlineLabel(
        'Authorities locked down the Suitland, Maryland campus just before 8pm Thursday.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('Police sealed off the Boulder, Colorado headquarters of the firm on Monday.'),
    ).toBeUndefined();
    expect(headlineLabel('The company moved to Austin, Texas last year.')).toBe(
      'Company moved to Austin',
    );
  });
});

describe('headlineLabel: a participle that modifies the noun before it', () => {
  it('GIVEN "A pilot scheme based on ceremonies … will start" or "albums scheduled for release … have had" THEN the participle is not the label\'s verb; "firms involved in the sale agreed the package" is labelled by "agreed"', () => {
    const label = headlineLabel(
      'A pilot scheme based on ceremonies in Australia will start in October.',
    );
    expect(label === undefined || !/based/.test(label)).toBe(true);
    expect(
      headlineLabel(
        'EMI said two major albums scheduled for release before March have now had their release dates moved.',
      ),
    ).not.toBe('EMI said two major albums scheduled for release');
    expect(
      headlineLabel(
        'Eighteen investment firms involved in the sale of the investments agreed the compensation package with the regulator.',
      ),
    ).toBe('Eighteen investment firms agreed compensation package');
  });
});

describe('headlineLabel: how much one thing tells on another', () => {
  it('GIVEN "The disaster has little impact on stock markets in the US and Asia." THEN no label says it has little impact at all; "The new speeds come into effect on 17 February" keeps its label', () => {
    const label = headlineLabel(
      'The disaster has little impact on stock markets in the US and Asia.',
    );
    expect(label === undefined || /markets/.test(label)).toBe(true);
    expect(
      headlineLabel('The new speeds come into effect on 17 February for home customers.'),
    ).toBe('New speeds come into effect');
  });
});

describe('headlineLabel: "only just"', () => {
  it('GIVEN "Back in 1994, Yahoo had only just launched, …" THEN the label keeps "only just" (barely), never "only launched"', () => {
    expect(
      headlineLabel(
        'Back in 1994, Yahoo had only just launched, most websites were text-based and Google had yet to appear.',
      ),
    ).toBe('Yahoo had only just launched');
  });
});

describe('headlineLabel: a share said against something', () => {
  it('GIVEN "… was predicted to be about 14% above normal this week" THEN no label says demand was 14%; "Pre-tax profits rose 15% from a year ago …" keeps "rose 15%"', () => {
    const label = headlineLabel(
      'US demand for heating oil was predicted to be about 14% above normal this week.',
    );
    expect(label === undefined || /above/.test(label)).toBe(true);
    expect(
      headlineLabel('Pre-tax profits rose 15% from a year ago to reach £546m, ahead of forecasts.'),
    ).toBe('Pre-tax profits rose 15%');
  });
});

describe('headlineLabel: "following" as "after"', () => {
  it('GIVEN "Shares fell more than 3% following the release …" and "The two men faced charges following raids …" THEN each is labelled, and "was following the car" stays a verb', () => {
    expect(
      headlineLabel(
        "Next's shares fell more than 3% following the release of the trading statement.",
      ),
    ).toBe("Next's shares fell more than 3%");
    expect(
      headlineLabel(
        'The two men faced charges following raids in August on suspected pirates by the FBI.',
      ),
    ).toBe('Two men faced charges');
    expect(tagSentence('He was following the car.').find((t) => t.text === 'following')?.tag).toBe(
      'VBG',
    );
  });
});

describe('headlineLabel: a main clause that ends on a name, before "after …"', () => {
  it('GIVEN "Murambadoro moved to Israel recently after a brief stint with …" THEN "Murambadoro moved to Israel"; a vague one before "when" still gets none', () => {
    expect(
      headlineLabel(
        'Murambadoro moved to Israel recently after a brief stint with South African club Hellenic.',
      ),
    ).toBe('Murambadoro moved to Israel');
    expect(
      headlineLabel(
        'Falls were triggered when investors decided to sell shares in the company and its rivals.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a verb cut from what it takes, and "would" under a past time frame', () => {
  it('GIVEN "Viewers will be able to see precisely how the ball was thrown" THEN no label ends on "see"; "In the past, fans would be left debating …" gets none either', () => {
    expect(
      headlineLabel('Viewers will be able to see precisely how the ball was thrown and by whom.'),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'In the past, sports fans would be left debating the validity of the try for days and weeks to come.',
      ),
    ).toBeUndefined();
    expect(headlineLabel('The company wants to sell its stake in the bank.')).toBe(
      'Company wants to sell its stake in bank',
    );
  });
});

describe('headlineLabel: a date before the subject without a comma', () => {
  it('GIVEN "Last year the government closed tax loopholes …" THEN "Government closed tax loopholes"; "This year marks …", the date as subject, keeps it', () => {
    expect(
      headlineLabel(
        'Last year the government closed tax loopholes that many film investors had taken advantage of to fund films in the UK.',
      ),
    ).toBe('Government closed tax loopholes');
    expect(
      headlineLabel("Last week Oliver Stone's film met with scathing reviews from US critics."),
    ).toBe("Oliver Stone's film met with scathing reviews");
    const label = headlineLabel('This year marks the 17th festival at the site.');
    expect(label === undefined || /^This year/.test(label)).toBe(true);
  });
});

describe('headlineLabel: a second predicate, and what a label must not cut', () => {
  it('GIVEN "X is … and has been invited …", "X picked up the injury … and has failed to …" THEN the first predicate labels it', () => {
    expect(
      headlineLabel(
        'McCoy is a huge Arsenal supporter and has been invited to attend a home game before the end of the season Sandown initially tried to secure Thierry Henry to be the Arsenal celebrity to hand over the trophy to McCoy.',
      ),
    ).toBe('McCoy is huge Arsenal supporter');
    expect(
      headlineLabel(
        'Parmar picked up the injury last week and has failed to recover in time for the Europe/Africa Zone I tie, which begins in Tel Aviv on Friday.',
      ),
    ).toBe('Parmar picked up injury');
  });

  it('GIVEN a verb run the tagger misread, a passive cut from "because", an adjective from its complement, a name cut inside THEN no such label', () => {
    const cases: [string, RegExp][] = [
      [
        'More than 50 teachers - called the Brotherhood - also alleged exchanged as many as 3,000 messages in a group and has been named.',
        /alleged exchanged/,
      ],
      [
        'The 1991 laptop was chosen because it was one of the first portable computers and helped define the layout of notebooks.',
        /chosen$/,
      ],
      [
        'Gerrard insisted he was still fully focused on helping Liverpool to glory this season.',
        /focused$/,
      ],
      ['Los Caballeros de Plan G are one of Mexico’s hottest hip-hop acts.', /^Los Caballeros are/],
    ];
    for (const [sentence, wrong] of cases) {
      const label = headlineLabel(sentence);
      expect(label === undefined || !wrong.test(label), `${sentence} -> ${label}`).toBe(true);
    }
    expect(
      headlineLabel(
        "Souness dropped Bellamy for Sunday's game against Arsenal, claiming the Welshman had feigned injury.",
      ),
    ).toBe('Souness dropped Bellamy');
  });
});

describe('headlineLabel: what was said first, its speaker after', () => {
  it('GIVEN "Trade Minister Mark Vaile has said that the bid may be …" too long for "Vaile has said …" THEN "Bid may be against national interest, Mark Vaile has said"', () => {
    expect(
      headlineLabel(
        'Trade Minister Mark Vaile has said that the bid may be "against the national interest".',
      ),
    ).toBe('Bid may be against national interest, Mark Vaile has said');
    expect(
      headlineLabel(
        'WRU chairman David Pickering said the structure would end problems of player availability for club and country.',
      ),
    ).toBe('Structure would end problems of player availability, David Pickering said');
  });

  it('GIVEN a speaker that is a pronoun or a long description, a clause inside the clause said, or a limit in time THEN no such label', () => {
    const none = [
      'He said the structure would end problems of player availability for club and country.',
      'The book, Brown’s Britain, said Tony Blair felt by November 2003 he had lost voters’ trust.',
      'Home Secretary Charles Clarke has said detainees will not be freed at present.',
    ];
    for (const sentence of none) {
      const label = headlineLabel(sentence);
      expect(label === undefined || !/(?:said|says)$/.test(label), `${sentence} -> ${label}`).toBe(
        true,
      );
    }
    const lennon = headlineLabel(
      'Lennon concedes Rangers are in good form at the moment, but they have failed to beat Celtic in their last seven meetings.',
    );
    expect(lennon === undefined || /moment/.test(lennon)).toBe(true);
  });
});

describe('headlineLabel: a name cut at its first word', () => {
  it('GIVEN "… said Graham Norton\'s Strictly Dance Fever would be a priority …" THEN no label names "Dance Fever" alone; a title before a name may go', () => {
    const label = headlineLabel(
      "The BBC spokeswoman said Graham Norton's Strictly Dance Fever would be a priority for 2005.",
    );
    expect(label === undefined || /Strictly Dance Fever/.test(label)).toBe(true);
    expect(
      headlineLabel('The committee praised Prime Minister Tony Blair for his leadership.'),
    ).not.toMatch(/^Committee praised Minister/);
  });
});

describe('headlineLabel: a clause said that opens on a pronoun for something else', () => {
  it('GIVEN "June Carter Cash said it upset her husband when …", "Mr Straw denied it amounted to …", "The company denied this was its fault" THEN no label; "Pernod said it was seeking acquisitions" keeps its "it"', () => {
    for (const sentence of [
      'June Carter Cash previously said it upset her husband when Kilgore talked about the song without crediting her.',
      'Mr Straw denied it amounted to a constitutional crisis.',
      'The company denied this was its fault.',
    ]) {
      const label = headlineLabel(sentence);
      expect(label === undefined || !/\b(?:it|this)\b/.test(label), `${sentence} -> ${label}`).toBe(
        true,
      );
    }
    expect(
      headlineLabel('Pernod said it was seeking acquisitions but refused to comment on specifics.'),
    ).toBe('Pernod said it was seeking acquisitions');
  });
});

describe('headlineLabel: the object of a verb of seeing, cut from its own verb', () => {
  it('GIVEN "… Mr Adeyemi had seen the crowds at the stadium dwindle." THEN no label ends on what he saw without the verb; "Fans saw the final on a big screen in the main square" keeps its label', () => {
    const label = headlineLabel(
      'Appointed coach in 2018, Mr Adeyemi had seen the crowds at the stadium dwindle.',
    );
    expect(label === undefined || /dwindle/.test(label), `${label}`).toBe(true);
    expect(
      headlineLabel('Thousands of fans saw the final on a big screen in the main square.'),
    ).toMatch(/^Thousands of fans saw final/);
  });
});

describe('headlineLabel: a bare noun whose clause or examples say which it is', () => {
  it('GIVEN "The new tablet has a screen that folds in half …", "The firm offers services such as payroll …" THEN no "Tablet has screen" or "Firm offers services"; a named object ("Nokia 3220 handset that …") keeps its label', () => {
    for (const sentence of [
      'The new tablet has a screen that folds in half so it can be carried in a pocket.',
      'The firm offers services such as payroll and cleaning to hospitals.',
      'The bank sells mortgages that are linked to the base rate.',
    ]) {
      const label = headlineLabel(sentence);
      expect(label === undefined || !/(?:screen|services|mortgages)$/.test(label), `${label}`).toBe(
        true,
      );
    }
    expect(
      headlineLabel(
        'Passengers will need to own a Nokia 3220 handset that has been fitted with a chip.',
      ),
    ).toBe('Passengers will need to own Nokia 3220 handset');
  });
});

describe("headlineLabel: a name with its 's (Christie's, Sainsbury's)", () => {
  it('GIVEN "Sainsbury\'s reported a 5% rise in sales over Christmas." THEN the label names the company and its verb; a possessive before a participle and its noun ("Ireland\'s delivered shock stormed …") still gives none', () => {
    expect(headlineLabel("Sainsbury's reported a 5% rise in sales over Christmas.")).toBe(
      "Sainsbury's reported 5% rise in sales",
    );
    expect(headlineLabel("Ireland's delivered shock stormed the charts.")).toBeUndefined();
  });
});

describe('headlineLabel: an aside between the subject and its verb', () => {
  it('GIVEN "Sella, however, insisted …" and "Mr Ivanov, elected mayor in May after …, has urged …" THEN the label reads past the aside', () => {
    expect(
      headlineLabel(
        'Dupont, however, insisted the pressure had eased on the under-fire coach, despite the defeat.',
      ),
    ).toBe('Dupont insisted pressure had eased on under-fire coach');
    expect(
      headlineLabel(
        'Mr Ivanov, elected mayor in May after his rival withdrew, has urged the city council to approve the budget as soon as possible.',
      ),
    ).toBe('Mr Ivanov has urged city council to approve budget');
  });
});

describe("headlineLabel: an act's noun as the subject, cut from what it is in", () => {
  it('GIVEN "… said that direct state involvement in farming was unjustified." and "Profit growth in the retail arm has not matched …" THEN no label says it of everything', () => {
    for (const sentence of [
      'The finance minister told the Herald newspaper that direct state involvement in farming was "unjustified".',
      "Profit growth in the retail arm has not matched expansion at the group's other businesses.",
    ]) {
      const label = headlineLabel(sentence);
      expect(
        label === undefined || /\b(?:in farming|in retail arm)\b/.test(label),
        `${sentence} -> ${label}`,
      ).toBe(true);
    }
  });
});

describe('headlineLabel: what was said, cut from its verb', () => {
  it('GIVEN "The pressure prompted the minister to say the police and prosecutors would be consulted …" THEN no label ends "to say police"', () => {
    const label = headlineLabel(
      'The pressure prompted the minister to say the police and prosecutors would be consulted as part of a review of the law.',
    );
    expect(label === undefined || /\bconsulted\b/.test(label), `${label}`).toBe(true);
    // A clause said whole keeps its label.
    expect(
      headlineLabel('The minister said the police would be consulted on the new law.'),
    ).toMatch(/police would be consulted/);
  });
});

describe('headlineLabel: an amount that opens the subject', () => {
  it('GIVEN "Up to 30 Labour MPs could oppose the scheme" THEN the label keeps "Up to", or there is none: "30 Labour MPs" states another number', () => {
    for (const sentence of [
      'Up to 30 Labour MPs could oppose the scheme during a Commons debate.',
      'Up to 40 local Conservative councillors have resigned from the party.',
    ]) {
      const label = headlineLabel(sentence);
      expect(label === undefined || /^Up to \d+/.test(label), `${sentence} -> ${label}`).toBe(true);
    }
    // Kept whole, it still gives a label.
    expect(headlineLabel('Up to 30 Labour MPs could oppose the scheme.')).toMatch(
      /^Up to 30 Labour MPs could oppose/,
    );
  });
});

describe('headlineLabel: an amount said with its article', () => {
  it('GIVEN "a few banks would fail" or "A few fans invaded the pitch" THEN no label says "few" (hardly any) for "a few" (some)', () => {
    for (const sentence of [
      'The minister said a few banks would fail.',
      'A few fans invaded the pitch after the match.',
    ]) {
      const label = headlineLabel(sentence);
      expect(label === undefined || /\b[Aa] few\b/.test(label), `${sentence} -> ${label}`).toBe(
        true,
      );
    }
  });

  it('GIVEN "packs a lot of functions" or "lost a third of their value" THEN the label keeps the article with its amount, not "lot of functions"', () => {
    expect(headlineLabel('The device packs a lot of functions.')).toBe(
      'Device packs a lot of functions',
    );
    expect(headlineLabel('Shares in the bank lost a third of their value after the warning.')).toBe(
      'Shares in bank lost a third of their value',
    );
    // A name's own article stays, and praise says on whom: not "Groening heaped praise".
    expect(
      headlineLabel(
        'Groening recently heaped praise on The Office, saying: "Everybody on The Simpsons is a fan of The Office."',
      ),
    ).toBe('Groening heaped praise on The Office');
    // The part where the claim holds comes along: not "Labour markets firmed".
    expect(
      headlineLabel(
        'Labour markets firmed in a number of districts, but wage pressures generally remained modest.',
      ),
    ).toBe('Labour markets firmed in a number of districts');
  });
});

describe('headlineLabel: an object that opens on "no", "some", "all"', () => {
  it('GIVEN "Police have made no arrests" or "Inbev bought out another partner" THEN the determiner stays with its noun', () => {
    expect(headlineLabel('Police have made no arrests.')).toBe('Police have made no arrests');
    expect(headlineLabel('Inbev bought out another partner in August 2004.')).toBe(
      'Inbev bought out another partner',
    );
  });

  it('GIVEN none or all of a thing cut from what bounds it ("no announcement | about the Xbox", "every sector | except manufacturing", "no reason | to cut") THEN no label', () => {
    for (const [sentence, cut] of [
      [
        'Mr Gates made no announcement about the next generation Xbox games console.',
        /no announcement$/,
      ],
      ['Jobs were created in every sector of the US economy except manufacturing.', /economy$/],
      ['Opec members said on Tuesday that it saw no reason to cut its output.', /no reason$/],
    ] as const) {
      const label = headlineLabel(sentence);
      expect(label === undefined || !cut.test(label), `${sentence} -> ${label}`).toBe(true);
    }
  });

  it('GIVEN a name\'s "All" ("rival All Nippon"), a hedged amount ("some £50bn | in spending cuts") or someone\'s "our" THEN no label reads them as a count or as the writer\'s', () => {
    expect(
      headlineLabel(
        "Asia's biggest airline joins Japanese rival All Nippon as one of the first carriers to order the 7E7.",
      ),
    ).toBeUndefined();
    const amount = headlineLabel(
      "The Chancellor said the Conservatives' plans would see some £50bn in spending cuts by 2011.",
    );
    expect(amount === undefined || !/£50bn$/.test(amount), `${amount}`).toBe(true);
    expect(
      headlineLabel(
        'Diane Allahgreen has been our best hurdler for some time now and I think she was surprised.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a named thing described before its name', () => {
  it('GIVEN "launched by internet service provider UK Online" THEN the label names it by its name when the whole does not fit', () => {
    expect(
      headlineLabel(
        'An eight megabit service has been launched by internet service provider UK Online.',
      ),
    ).toBe('Eight megabit service has been launched by UK Online');
    expect(
      headlineLabel(
        "The bid has come from Boston-based private investment firm Highfields Capital Management, which already owns 6.7% of Circuit City's shares.",
      ),
    ).toBe('Bid has come from Highfields Capital Management');
  });

  it('GIVEN a plan that "but" goes on from, whoever its subject ("was due to marry … but the pair split") THEN no label states the plan', () => {
    expect(
      headlineLabel(
        'Clijsters was also due to marry fellow tennis star Lleyton Hewitt in February but the pair split in October.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a clause whose verb the lexicon knows only as a participle', () => {
  it('GIVEN "Tom Voyce powered through the Irish defence …" THEN the label has its verb', () => {
    expect(
      headlineLabel(
        "Tom Voyce powered through the Irish defence for Wasps' second try before Richard Birkett went over unchallenged.",
      ),
    ).toBe('Tom Voyce powered through Irish defence');
  });
});

describe('headlineLabel: a titled speaker whose words fit only after the surname', () => {
  it('GIVEN "Mr McConnell said the tragedy should persuade everyone to step up the fight …" THEN the label names him by surname; "Sir Ian Blair" is never cut to "Blair"', () => {
    expect(
      headlineLabel(
        'Mr McConnell said the tragedy should persuade everyone to step up the fight against global poverty and change the world for the better.',
      ),
    ).toBe('McConnell said tragedy should persuade everyone to step up fight');
    const sir = headlineLabel(
      "Sir Ian Blair said terror groups would remember the effect of the Madrid bomb on Spain's general election last year.",
    );
    expect(sir === undefined || /^Sir Ian Blair\b/.test(sir), `${sir}`).toBe(true);
    // A label that fits with the title keeps it.
    expect(headlineLabel('Mr Straw said he hoped the agreement would make a difference.')).toMatch(
      /^Mr Straw said/,
    );
    // An office before a forename and surname says they are a person's: the surname alone.
    expect(
      headlineLabel(
        'Norfolk police chief Andy Hayman also warned that a great deal of preparatory work was still needed.',
      ),
    ).toBe('Hayman warned great deal of preparatory work was still needed');
  });
});

describe('headlineLabel: "added" after a form of "be"', () => {
  it('GIVEN "According to Labor Department figures, 157,000 new jobs were added last month." THEN "were added" is no saying: the label has the jobs and the source', () => {
    expect(
      headlineLabel(
        'According to Labor Department figures, 157,000 new jobs were added last month.',
      ),
    ).toBe('157,000 new jobs were added, according to Labor Department figures');
  });
});

describe('headlineLabel: a verb whose clause goes on to what makes it news', () => {
  it('GIVEN "The musical … will be performed in Swedish for the first time." THEN no label stops at "Musical to be performed"', () => {
    expect(
      headlineLabel(
        'The musical, which has become a global phenomenon, will be performed in Swedish for the first time.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: an event that takes place, cut from where or when', () => {
  it('GIVEN "The festival … will take place in Lucerne, Switzerland from 3-8 May." THEN no label says only "Festival to take place"', () => {
    for (const sentence of [
      'The festival, which honours the best TV from around the globe, will take place in Lucerne, Switzerland from 3-8 May.',
      'The final of the first series will take place on 11 December.',
    ])
      expect(headlineLabel(sentence), sentence).toBeUndefined();
  });
});

describe('headlineLabel: a purpose of four words', () => {
  it('GIVEN "Favourite delivered a powerful performance to take the women\'s 60m title …" THEN the purpose comes along when it fits', () => {
    expect(
      headlineLabel(
        "Favourite delivered a powerful performance to take the women's 60m title in 7.27 seconds.",
      ),
    ).toBe("Favourite delivered powerful performance to take women's 60m title");
  });
});

describe('headlineLabel: a purpose past the day it was done', () => {
  it('GIVEN "took to Twitter on Thursday to hail the mission" THEN the purpose comes along past the day, not the bare "took to Twitter"', () => {
    expect(headlineLabel('The club flew to Madrid on Sunday to sign the striker.')).toBe(
      'Club flew to Madrid to sign striker',
    );
    expect(headlineLabel('Smith went to London on Friday to meet the prime minister.')).toBe(
      'Smith went to London to meet prime minister',
    );
    // (To hail a thing is to praise it: what he hailed it as may go.)
    expect(
      headlineLabel(
        'Trump took to Twitter on Thursday to hail the mission as "a big move, we\'ll see what happens!".',
      ),
    ).toBe('Trump took to Twitter to hail mission');
    expect(headlineLabel('Campaigners hailed the ruling as a victory for free speech.')).toBe(
      'Campaigners hailed ruling',
    );
    expect(headlineLabel('The minister took to Twitter yesterday to attack the plan.')).toBe(
      'Minister took to Twitter to attack plan',
    );
    // (What he went on Twitter to do does not fit: no label, not "turned to Twitter".)
    expect(
      headlineLabel(
        'Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city as a "gas chamber."',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a possessor that says whose', () => {
  it('GIVEN "Pernod\'s last major purchase was …" (a name the lexicon knows as a drink) THEN the label keeps whose purchase, or has none', () => {
    expect(headlineLabel("Pernod's last major purchase was a stake in Seagram in 2000.")).toBe(
      "Pernod's last major purchase was stake in Seagram",
    );
    // (Too long with its owner: no label, never "Last major purchase was …".)
    // ("European football's governing body": an owner that is no name goes only where the
    // thing has a name of its own or the owner says when or how widely.)
    expect(
      headlineLabel(
        "European football's governing body made the decision at a meeting of its Executive Committee on Wednesday.",
      ),
    ).toBeUndefined();
    expect(headlineLabel("The weekend's top 12 films took an estimated $121.9m.")).toBe(
      'Top 12 films took estimated $121.9m',
    );
    expect(
      headlineLabel(
        "Pernod's last major purchase was a third of US giant Seagram in 2000, the move which propelled it into the global top three of drinks firms.",
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: how an attempt went', () => {
  it('GIVEN "unsuccessfully tried to buy" THEN the label keeps that the attempt failed', () => {
    expect(
      headlineLabel(
        'The Tate Gallery unsuccessfully tried to buy the picture from its anonymous owner after a ban was issued.',
      ),
    ).toBe('Tate Gallery unsuccessfully tried to buy picture');
    expect(headlineLabel('The striker narrowly missed the target in the final minute.')).toMatch(
      /^Striker narrowly missed/,
    );
  });
});

describe('headlineLabel: a subject whose modifiers only count or order', () => {
  it('GIVEN "The current target for inpatients is …" THEN the label says what the target is for; "A family bakery on the harbour front" still says enough as "Family bakery"', () => {
    expect(headlineLabel('The current target for inpatients is six months.')).toBe(
      'Current target for inpatients is six months',
    );
    expect(
      headlineLabel(
        'The two giants in the field have been locked in a heavyweight battle for years.',
      ),
    ).toBe('Two giants in field have been locked in heavyweight battle');
    expect(
      headlineLabel(
        'A family bakery on the harbour front has won the national bread championship.',
      ),
    ).toBe('Family bakery has won national bread championship');
  });
});

describe('headlineLabel: results, firsts and conditions, said whole or not at all', () => {
  it('GIVEN "defeated Khachanov 6-3, 7-6 (7)" THEN no label says the first set was the result; "beat Hewitt 6-4 6-2" is said whole', () => {
    expect(
      headlineLabel(
        'The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series 1-1.',
      ),
    ).toBeUndefined();
    expect(headlineLabel('Federer beat Hewitt 6-4 6-2 in the final.')).toBe(
      'Federer beat Hewitt 6-4 6-2',
    );
    expect(headlineLabel('Chelsea beat Arsenal 2-1 at Stamford Bridge.')).toBe(
      'Chelsea beat Arsenal 2-1',
    );
  });

  it('GIVEN "is the seventh EV to use the platform" THEN no "is seventh EV": after a copula, the infinitive says what it is seventh at', () => {
    expect(
      headlineLabel(
        'The VW ID. SPACE VIZZION is the seventh EV to use the modular electric drive matrix, and its electric Gran Turismo is arguably the most striking yet.',
      ),
    ).toBeUndefined();
  });

  it('GIVEN a present-tense claim bounded by "when" ("Few people get excited when …") THEN no label; a past event\'s "when" is only its time', () => {
    expect(
      headlineLabel('Few people get excited when some new software is released.'),
    ).toBeUndefined();
    expect(
      headlineLabel('The Lib Dems have pledged to oppose the bill when it is debated next Monday.'),
    ).toBe('Lib Dems have pledged to oppose bill');
  });

  it('GIVEN "leaders see reforming the banks as vital" THEN no label without what they see it as', () => {
    expect(
      headlineLabel("China's leaders see reforming the top four banks as vital."),
    ).toBeUndefined();
  });
});

describe('headlineLabel: a commitment said past who made it', () => {
  it('GIVEN "evidence of a new commitment by the government to reduce …" THEN no label ends on "commitment"', () => {
    expect(
      headlineLabel(
        'The move is seen as evidence of a new commitment by the government to reduce the size of the public sector.',
      ),
    ).toBeUndefined();
  });
});

describe('headlineLabel: caught up in a thing', () => {
  it('GIVEN "had been caught up in the general atmosphere …" that does not fit THEN no label ends on "caught up"; "were caught up in the crush" that fits is said whole', () => {
    expect(
      headlineLabel(
        'The select committee found that those responsible for founding the e-University in 2000 had been caught up in the "general atmosphere of enthusiasm" surrounding the internet.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('Thousands of fans were caught up in the crush outside the stadium.'),
    ).toBe('Thousands of fans were caught up in crush');
  });
});

describe('headlineLabel: an act with only a time after it', () => {
  it('GIVEN "judge Susan Ilston rejected the appeal on Tuesday" THEN the judge rejected the appeal (the day is no part of which appeal); an act with what it is for still needs it', () => {
    expect(headlineLabel('District judge Susan Ilston rejected the appeal on Tuesday.')).toBe(
      'District judge Susan Ilston rejected appeal',
    );
    expect(
      headlineLabel(
        'District judge Susan Ilston rejected an appeal by the defence to have the case dismissed.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('The company announced a plan on Monday to cut 500 jobs at its Leeds plant.'),
    ).toBe('Company announced plan to cut 500 jobs');
  });
});

describe('headlineLabel: an abbreviation inside the sentence', () => {
  it('GIVEN "walked out on Jan. 12 after talks …" THEN the label keeps the date whole, not "walked out on Jan"', () => {
    expect(
      headlineLabel(
        'Workers at the mine walked out on Jan. 12 after talks on a new wage contract broke down.',
      ),
    ).toBe('Workers at mine walked out on Jan. 12');
    expect(headlineLabel('The treaty was signed on Sept. 3 in Washington.')).toBe(
      'Treaty was signed on Sept. 3',
    );
  });
});

describe('headlineLabel: the scene before "when"', () => {
  it('GIVEN "The man was riding along Dereham Road … when he was struck by a car" THEN no label says only what he was doing, with or without who said it; what happened to him is labelled', () => {
    expect(
      headlineLabel(
        'The 54-year-old man was riding along Dereham Road at about 18:30 GMT on Sunday when he was struck by a hatchback, police said.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'The teenager was riding in a Ford Focus with two friends when the shot was fired.',
      ),
    ).toBeUndefined();
    expect(headlineLabel('The man was struck by a car on Sunday, police said.')).toBe(
      'Man was struck by car, police said',
    );
  });
});

describe("headlineLabel: a finding two sources gave is not one source's", () => {
  it('GIVEN "…, the British Retail Consortium and accountants KPMG said" THEN no label names KPMG alone; one source named at the end still speaks', () => {
    expect(
      headlineLabel(
        'Stores received a boost from bargain hunters, the British Retail Consortium and accountants KPMG said.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('Stores received a boost from bargain hunters, accountants KPMG said.'),
    ).toBe('Stores received boost from bargain hunters, accountants KPMG said');
  });
});

describe('headlineLabel: what is said gets the words its source leaves', () => {
  it('GIVEN "…, the Office for National Statistics (ONS) said" THEN the body speaks by the short name the sentence gives it', () => {
    expect(
      headlineLabel(
        'Retail sales dropped by 1% on the month in December, after a 0.6% rise in November, the Office for National Statistics (ONS) said.',
      ),
    ).toBe('Retail sales dropped by 1%, ONS said');
  });

  it('GIVEN a claim of eight words and a source of two THEN the label holds both', () => {
    expect(
      headlineLabel(
        'The game has sold more than five million copies worldwide since it went on sale in mid-November, the company said.',
      ),
    ).toBe('Game has sold more than five million copies, company said');
  });

  it('GIVEN "people do not want to trade multimedia services with size and battery life" THEN no label cuts the exchange in half; trading blows with someone keeps its label', () => {
    expect(
      headlineLabel(
        'Despite moves to bring music download services to mobiles, people do not want to trade multimedia services with size and battery life, said Jupiter.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'People do not want to trade multimedia services with size and battery life, analysts say.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel('The former Libertines singer traded blows with guitarist Patrick Walden.'),
    ).toBe('Former Libertines singer traded blows');
  });
});

describe('headlineLabel: a verb of change says by how much', () => {
  it.each([
    [
      'Chinese PC sales have risen by a fifth in each of the past two years.',
      'Chinese PC sales have risen by a fifth',
    ],
    ['Prices could rise by as much as 20% next year.', 'Prices could rise by as much as 20%'],
    [
      'The US consumer electronics market is set to grow by over 11% in 2005.',
      'US consumer electronics market set to grow by over 11%',
    ],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(headlineLabel(sentence)).toBe(label);
  });

  it('GIVEN "… said temperatures could fall as low as -10C in parts of the Highlands" THEN no label stops at "could fall"', () => {
    expect(
      headlineLabel(
        'Meteorologist Jo Farrow said temperatures could fall as low as -10C in parts of the Highlands overnight.',
      ),
    ).toBeUndefined();
  });

  it('GIVEN "Average house prices across the country could fall by as much as 20%, the bank said" THEN no label says only that they could fall, as the bank said', () => {
    const label = headlineLabel(
      'Average house prices across the country could fall by as much as 20%, the bank said.',
    );
    expect(label ?? '').not.toMatch(/could fall, bank said$/);
  });
});

describe('headlineLabel: a bare group of people says which, or no label', () => {
  it('GIVEN "The match will include players from the Lions tour" THEN no label says only "Match to include players"; an office "for children in the Department of Health" and "signed two players on Monday" keep theirs', () => {
    expect(
      headlineLabel('The match will include players from the Lions tour of New Zealand.'),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'The legislation is designed to safeguard people from hackers and protect their information.',
      ),
    ).toBeUndefined();
    expect(headlineLabel('The club signed two players on Monday.')).toBe('Club signed two players');
    expect(
      headlineLabel(
        'Prof Aynsley-Green has been the national clinical director for children in the Department of Health.',
      ),
    ).toBe('Prof Aynsley-Green has been national clinical director for children');
  });
});

describe('headlineLabel: a subject cut from the phrase that says which of them', () => {
  it.each([
    'Full-length music downloads on mobile phones have not taken off so quickly - held back by technical challenges.',
    'Building batteries from new chemical mixes could boost power significantly, say industry experts.',
  ])('GIVEN %j THEN no label states the claim of them all', (sentence) => {
    const label = headlineLabel(sentence);
    expect(label === undefined || /mobile phones|chemical mixes/.test(label)).toBe(true);
  });
});

describe('headlineLabel: a name the label ends on', () => {
  it('GIVEN "… piloted by the Royal National Institute for Deaf People (RNID), but …" THEN no label cut at "Royal National Institute" (another body, or none); where the name ends there, it stays', () => {
    expect(
      headlineLabel(
        "The Video Relay Service is being piloted by the Royal National Institute for Deaf People (RNID), but the organisation says unless the service is provided at the same rate as voice calls it will be beyond most people's pockets.",
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        "The Video Relay Service is being piloted by the Royal National Institute, but the organisation says unless the service is provided at the same rate as voice calls it will be beyond most people's pockets.",
      ),
    ).toBe('Video Relay Service being piloted by Royal National Institute');
  });
});

describe('headlineLabel: a verb of sending', () => {
  it('GIVEN "… asked the US court to send its tax dispute with the Russian government to an arbitrator" THEN no label that sends the dispute nowhere; "will hand over the trophy before travelling back into London" keeps its label', () => {
    expect(
      headlineLabel(
        'As well as suing for damages, Yukos has asked the US court to send its tax dispute with the Russian government to an international arbitrator.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'Wright, who had seven seasons at Arsenal, will hand over the trophy before travelling back into London to present a show.',
      ),
    ).toBe('Wright to hand over trophy');
  });
});

describe('headlineLabel: an adjective cut from where or for whom it holds', () => {
  it.each([
    'Smoking is fashionable in China, where it is seen as a sociable touch for some jobs.',
    'The figures are embarrassing for the government.',
    'Broadband is popular among young people in cities.',
  ])('GIVEN %j THEN no label says it of everywhere or everyone', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });

  it('GIVEN "… were flat in 2004" THEN when is no scope: the label stays', () => {
    expect(
      headlineLabel('Global sales of recorded music were flat in 2004, the industry body said.'),
    ).toMatch(/^Global sales of recorded music were flat/);
  });
});

describe('headlineLabel: what a verb needs after it', () => {
  it.each([
    // The object of "looking for" acts in the infinitive after it: cut, he searches for them.
    'Mr McCabe is also looking for local authorities to become more efficient and save money.',
    // "feel" says nothing without how.
    "People don't feel like that's anything to do with us.",
  ])('GIVEN %j THEN no label', (sentence) => {
    expect(headlineLabel(sentence)).toBeUndefined();
  });
});

describe('labelPoints: a heading shares a verb with the point, not what it is about', () => {
  it('GIVEN "WHAT YOU NEED TO MAKE JAM" over "… foods with low acidity need to be canned …" THEN the heading is not its label; "Range and Charging" over "… 215 miles on a charge" is', () => {
    const jam = prepareArticle(
      'Pear jam makes a fine gift.\n\nWHAT YOU NEED TO MAKE JAM\n\nThe simple answer is that foods with low acidity need to be canned in a pressure canner.',
    ).sentences;
    expect(jam[1]?.heading).toBe('WHAT YOU NEED TO MAKE JAM');
    expect(labelPoints([[jam[1] as (typeof jam)[number]]])[0]).not.toBe(
      'WHAT YOU NEED TO MAKE JAM',
    );
    const car = prepareArticle(
      'Audi has revealed a new electric coupe.\n\nRange and Charging\n\nThe smaller model should deliver around 215 miles on a charge, the company says.',
    ).sentences;
    expect(car[1]?.heading).toBe('Range and Charging');
    expect(labelPoints([[car[1] as (typeof car)[number]]])[0]).toBe('Range and Charging');
    // A heading of a verb alone is about the point that says it.
    const pays = prepareArticle(
      'The government has approved a rail plan.\n\nWho pays\n\nLocal councils along the routes will be asked to pay a fifth of the cost of new stations.',
    ).sentences;
    expect(pays[1]?.heading).toBe('Who pays');
    expect(labelPoints([[pays[1] as (typeof pays)[number]]])[0]).toBe('Who pays');
  });
});

describe('headlineLabel: a clause opened by "as" cut before its verb', () => {
  it('GIVEN "The sales slump comes even as the average interest rate on a new vehicle loan stayed below 6 percent" THEN no label ends on "as average interest rate"; "began her career as a production assistant and worked …" keeps its label', () => {
    expect(
      headlineLabel(
        'The sales slump comes even as the average interest rate on a new vehicle loan stayed below 6 percent for the fourth consecutive month.',
      ),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'Born in New Jersey, Hill began her career as a production assistant and worked her way through the ranks.',
      ),
    ).toBe('Hill began her career as production assistant');
  });
});

describe('headlineLabel: openings and marks a label leaves out', () => {
  it('GIVEN "And on Thursday the club\'s new manager paid tribute …" THEN the time phrase after the connective goes, and the label names the manager', () => {
    expect(
      headlineLabel(
        "And on Thursday the club's new manager paid tribute to the players who had helped him win favour with the board.",
      ),
    ).toBe("Club's new manager paid tribute");
  });

  it('GIVEN a footnote mark after the attribution\'s noun ("a new report* has argued") THEN the label keeps the attribution, as without the mark', () => {
    const plain =
      'In the looking-glass world of modern Russia, the opposite might just be true, a new report has argued.';
    const marked = plain.replace('report', 'report*');
    expect(headlineLabel(marked)).toBe(headlineLabel(plain));
    expect(headlineLabel(marked)).toMatch(/report has argued$/);
  });

  it('GIVEN "the opposite might be true" as a point THEN no label: "the opposite" points at a sentence before', () => {
    const points = onePointEach([
      'In the looking-glass world of modern Russia, the opposite might just be true, a new report has argued.',
      'The laboratory will open the machine to researchers next year.',
    ]);
    expect(labelPoints(points)).toEqual(['', 'Laboratory to open machine']);
  });
});

describe('an attribution with where it was said after its verb', () => {
  const sentence =
    'The state\'s meth crisis is "growing at an alarming rate" and affects every community in the state, Noem said in the campaign\'s public service announcement.';

  it('GIVEN "…, Noem said in the campaign\'s public service announcement." THEN a label without who said it is a dropped cue, and none is given', () => {
    expect(labelProblems("State's meth crisis growing at alarming rate", sentence)).toContain(
      'dropped-cue',
    );
    expect(headlineLabel(sentence) ?? '').not.toMatch(/^State's meth crisis growing[^,]*$/);
  });

  it('GIVEN "…, and White said at first he tried to cover up …" THEN the clause after "said" is no place of saying: the label of the first clause stands', () => {
    expect(
      headlineLabel(
        'Conte faces a federal trial next year on charges of distributing steroids and tax evasion, and White said at first he tried to cover up what he was doing.',
      ),
    ).toBe('Conte faces federal trial');
  });
});

describe('headlineLabel keeps a superlative whole, with its bound', () => {
  it('GIVEN "the most beautiful city" THEN "most" stays with its adjective', () => {
    expect(headlineLabel('Paris is the most beautiful city in France.')).toBe(
      'Paris is most beautiful city in France',
    );
    expect(headlineLabel('The Doors were one of the most influential bands of the 1960s.')).toBe(
      'Doors were one of most influential bands of 1960s',
    );
  });

  it('GIVEN "the most high profile fight | in Japanese bank history" THEN no label cut from the bound (nor one without "most")', () => {
    expect(
      headlineLabel("Sumitomo's exit ends the most high profile fight in Japanese bank history."),
    ).toBeUndefined();
    expect(
      headlineLabel(
        'Tory leader Michael Howard said Lord Butler had given the "most damaging testimony" he could remember.',
      ),
    ).toBeUndefined();
  });

  it('GIVEN "The highest-graded player on defense was Joe Schobert" THEN "highest-graded" is no verb, and no label drops what the superlative is among', () => {
    expect(tagSentence('The highest-graded player was Joe Schobert.')[1]).toMatchObject({
      text: 'highest-graded',
      tag: 'JJ',
    });
    expect(headlineLabel('The highest-graded player was Joe Schobert.')).toBe(
      'Highest-graded player was Joe Schobert',
    );
    expect(
      headlineLabel('The highest-graded player* on defense vs. the Steelers was Joe Schobert.'),
    ).toBeUndefined();
    // ("pest-infested" ends in "-est" but is no superlative.)
    expect(tagSentence('It is the most pest-infested city.')[4]?.tag).not.toBe('JJ');
  });
});

describe('headlineLabel keeps a first, a last or a record with what bounds it', () => {
  it.each([
    'Williams won her first Grand Slam title since 2003 with victory over Lindsay Davenport, the world number one.',
    'Former Everton midfielder Thomas Gravesen scored his first goal for Real in the comfortable victory at the Bernabeu.',
    'The company posted its first loss in a decade.',
    'Sales rose for the first time in three years.',
    'The 31-year-old former France international gave his last press conference as a Roma player on Monday.',
    'The title broke the UK sales record for video games in its first weekend of release.',
  ])('GIVEN "%s" THEN no label claims the first, last or record of all', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/\b(?:first|last|record)\b(?:\s+\S+){0,4}$/i);
  });

  it.each([
    ['The Bravery played their first gig in 2003 and have since supported bands.', /first gig$/],
    [
      "Three years ago Radcliffe smashed the women's world record in two hours 18 minutes 15 seconds.",
      /world record$/,
    ],
    ['Smith has joined his first squad for a three-day get-together near Manchester.', /squad$/],
    [
      'The results came after a strong first quarter of the year for the firm based in Beaverton, Oregon.',
      /first quarter of year$/,
    ],
    ['The band will record their new album for Sony next year.', /record their new album$/],
  ])(
    'GIVEN "%s" (a date, a time, a purpose, a part of a year after it; "record" the verb) THEN the label stands',
    (sentence, shown) => {
      expect(headlineLabel(sentence)).toMatch(shown);
    },
  );
});

describe('headlineLabel keeps an exception with its claim', () => {
  it.each([
    'The instrumental parts were entirely lost except for two recycled movements, a duet and an aria.',
    'The shops will open every day except Christmas.',
  ])('GIVEN "%s" THEN no label states the claim without what it excepts', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/(?:lost|day)$/);
  });

  it('GIVEN an exception the label says THEN the label stands', () => {
    expect(headlineLabel('All the passengers survived apart from the pilot.')).toBe(
      'All passengers survived apart from pilot',
    );
  });
});

describe('headlineLabel: an adjective whose infinitive comes after an adverb', () => {
  it.each([
    'After missing out on the 2001 tour, Tindall says he will be happy just to have an opportunity to wear the red shirt.',
    'Analysts warn that the Fed has to be careful not to move too aggressively and choke off growth.',
  ])('GIVEN "%s" THEN no label ends on the adjective', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/(?:happy|careful)$/);
  });
});

describe('headlineLabel keeps a count that something waits on', () => {
  it.each([
    "The proposal, unveiled in the House of Representatives, also seeks to revoke a broadcaster's licence after three violations have been committed.",
    'The treaty will take effect once 20 states ratify it.',
  ])('GIVEN "%s" THEN no label says it is done outright', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/(?:licence|effect)$/);
  });

  it.each([
    [
      'Hearts could also face action after three fans were arrested for throwing coins.',
      /face action$/,
    ],
    ['Danny Williams equalised for the hosts after 72 minutes with a crisp finish.', /hosts/],
    ['Williams has yet to experience a Six Nations victory after seven attempts.', /victory$/],
  ])(
    'GIVEN "%s" (what did happen, a span, a count of tries) THEN the label stands',
    (sentence, shown) => {
      expect(headlineLabel(sentence)).toMatch(shown);
    },
  );
});

describe('headlineLabel: "thanks to" opens a phrase of why', () => {
  it.each([
    'The firm avoided bankruptcy thanks to a $4.5bn bail-out in January 2004, which gave control to the creditors.',
    'The team won the match thanks to a late goal.',
  ])('GIVEN "%s" THEN no label ends on "thanks"', (sentence) => {
    expect(headlineLabel(sentence) ?? '').not.toMatch(/\bthanks$/);
  });
});

describe('headlineLabel never shows one item of a list for all of it', () => {
  it.each([
    'The report reveals that 84% of net users say they regularly use Google, Ask Jeeves, MSN and Yahoo when online.',
    "Today's computer networks are large, complex and occasionally fragile.",
    'The firm handles a roster of music artists, TV shows and PR strategies for stars.',
  ])('GIVEN "%s" THEN no label ends on the list\'s first item', (sentence) => {
    const label = headlineLabel(sentence) ?? '';
    expect(label).not.toMatch(/(?:Google|large|artists)$/);
  });

  it.each([
    [
      'On one hand, banks are dealing with the death of their customers, along with damaged or destroyed collateral.',
      /death of/,
    ],
    [
      'Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone.',
      /won two prizes$/,
    ],
    [
      'The patients, a husband and wife, are from Inner Mongolia, an autonomous and sparsely populated region in the north.',
      /from Inner Mongolia$/,
    ],
  ])(
    'GIVEN "%s" (a phrase, not a list, after the comma) THEN the label stands',
    (sentence, shown) => {
      expect(headlineLabel(sentence)).toMatch(shown);
    },
  );
});
