import { describe, expect, it } from 'vitest';
import { figureFacts } from '../../src/summarizer/overlap.js';
import { prepareArticle } from '../../src/summarizer/prepare.js';
import {
  imaginedScene,
  lengthPenalty,
  quotedShare,
  rankSentences,
} from '../../src/summarizer/rank-sentences.js';
import { selectSentences } from '../../src/summarizer/select-sentences.js';
import { contentStems } from '../../src/summarizer/tokens.js';

const STORY = [
  'The city council approved a new tram line to the airport on Tuesday after a year of debate.',
  'The line will cost 400 million euros and open in 2029, the council said in a statement.',
  'He said it was a good day.',
  'Shopkeepers on the route said the tram line to the airport would cut their trade during construction.',
  '"We are delighted," said a resident who lives near the depot and has waited for years.',
  'The airport tram line was first proposed in 2012 by a former mayor of the city.',
].join(' ');

/** Which of these sentences rankSentences marks as leaning on the one before. */
function needsPreviousOf(sentences: readonly string[]): readonly boolean[] {
  return rankSentences(prepareArticle(sentences.join(' ')).sentences, []).needsPrevious;
}

describe('rankSentences', () => {
  const { sentences } = prepareArticle(STORY);
  const { scores } = rankSentences(sentences, contentStems('City approves airport tram line'));

  it('GIVEN a news story THEN the opening sentence ranks first', () => {
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });

  it('GIVEN a fragment opening on a dangling pronoun THEN it ranks below its neighbours', () => {
    expect(scores[2]).toBeLessThan(scores[1] ?? 0);
    expect(scores[2]).toBeLessThan(scores[3] ?? 0);
  });

  it('GIVEN sentences that point back ("He said…", "…rejected that assessment.") THEN they are marked as needing the one before; "this week" is not', () => {
    expect(
      needsPreviousOf([
        'Forecasters said the winter crop was in poor shape after a dry autumn.',
        'The ministry rejected that assessment.',
        'Exports will be reviewed this week.',
        'He said more rain was needed.',
      ]),
    ).toEqual([false, true, false, true]);
  });

  it('GIVEN "The piece was created by artist L.M. Rendall …" THEN it needs the sentence that says which piece; "a piece of land" does not', () => {
    expect(
      needsPreviousOf([
        'Veteran actor Robert Hardy is selling his collection of antiques.',
        'One lot is a bronze bust of the actor as Winston Churchill.',
        'The piece was created by artist L.M. Rendall in the 1960s.',
        'Mr Hardy also owns a piece of land in Berkshire.',
      ]),
    ).toEqual([false, false, true, false]);
  });

  it('GIVEN "Ofwat will publish its decision on bills in December." THEN it stands alone; "The court will consider the request on Monday." still leans', () => {
    expect(
      needsPreviousOf([
        'Thames Water says bills must rise by a third.',
        'Ofwat will publish its decision on bills in December.',
        "Lawyers asked for the jurors' answers to be made public.",
        'The court will consider the request on Monday.',
      ]),
    ).toEqual([false, false, false, true]);
  });

  it('GIVEN "Few in Westminster believe that, simply because …" or "To do this, he wrote …" THEN it needs the sentence before; "said that, according to …, the GDP rose" and "Having said that, …" do not', () => {
    expect(
      needsPreviousOf([
        'Tony Blair and Gordon Brown insist their only job is to win the next election.',
        'Few in Westminster actually believe that, simply because the evidence appears to contradict it.',
        'To do this, the party wrote a new manifesto over the summer months.',
        'The IMF said that, according to data from the government, the economy grew by 2% in 2004.',
        'Having said that, Labour are yet to lose a by-election this year.',
      ]),
    ).toEqual([false, true, true, false, false]);
  });

  it('GIVEN "Anything less is a betrayal …" THEN it needs the sentence that says less than what; "Nothing more than …" says it', () => {
    expect(
      needsPreviousOf([
        'The department must now tell claimants exactly what went wrong with its computers.',
        'Anything less is a betrayal of public trust.',
        'Nothing more than a software update caused the crash, the minister said.',
      ]),
    ).toEqual([false, true, false]);
  });

  it('GIVEN "The FER blames this on a 2004 law" or "Clearly, she believes …" THEN it needs the sentence before; "expected this to be …", "those with …" and "this week" do not', () => {
    expect(
      needsPreviousOf([
        'The federation says firms should not have been allowed to cut their insurance premiums.',
        'The federation blames this on a 2004 law, in a statement signed by several members.',
        'Clearly, she believes the waitress, too.',
        'Many expected this to be the year of the small carmakers.',
        'The new browser will appeal to those with some residual vision.',
        'Opera will release the browser for phones this week in Oslo.',
      ]),
    ).toEqual([false, true, true, false, false, false]);
  });

  it('GIVEN "In July 1999 they asked 801 adults …" or "Last season he described …" (a time put first without its comma, then the pronoun) THEN it needs the sentence before; "On Thursday Rangers said they …" names its subject', () => {
    expect(
      needsPreviousOf([
        'Polling company Mori carried out both surveys.',
        'In July 1999 they asked 801 adults if they supported the ban.',
        'Last season he described qualification as the be all and end all.',
        'On Thursday Rangers said they would appeal against the ban.',
      ]),
    ).toEqual([false, true, true, false]);
  });

  it('GIVEN "One is for the viewer\'s decryption card …" or "The latter is …" (one of those the sentence before counted) THEN it needs that sentence; the "one" of anyone does not', () => {
    expect(
      needsPreviousOf([
        'Sky set-top boxes have two slots.',
        "One is for the viewer's decryption card, while the other has been dormant until now.",
        'Sony and Electronic Arts make the best-selling sports games.',
        "The latter is the world's largest games manufacturer.",
        'One can only hope the public recognise these extremists for what they are.',
      ]),
    ).toEqual([false, true, false, true, false]);
  });

  it('GIVEN "Therefore, residents who … could miss the chance to vote." or "Consequently the council …" THEN it needs the sentence that says why; a sentence that opens on its own subject does not', () => {
    expect(
      needsPreviousOf([
        'Local authorities can only send ballot papers to those on the edited list.',
        'Therefore, residents who have left their details off the list could miss the chance to vote.',
        'Thousands of people have been asked to check the register before the deadline.',
        'Consequently the council has extended the deadline by a week.',
      ]),
    ).toEqual([false, true, false, true]);
  });

  it('GIVEN "… denied Mr Brown made that quote, …" or "While this claim implies …" THEN it needs the sentence that gave the quote or claim; "those claims that …" say what they are', () => {
    expect(
      needsPreviousOf([
        'A new book claims Mr Brown told Mr Blair he could never believe him.',
        'On Wednesday Mr Blair directly denied Mr Brown made that quote, and the chancellor later said he trusted him.',
        'Ministers dismissed those claims that the two men had fallen out as gossip from a rival camp.',
        'While this claim implies some wrongdoing, no one has said how she built her fortune.',
      ]),
    ).toEqual([false, true, false, true]);
  });

  it('GIVEN reported speech whose speaker is only "he" ("…, he argued.") or opening on "When she …" THEN it needs the sentence that names them; a quotation\'s "he said" does not', () => {
    expect(
      needsPreviousOf([
        'The foreign secretary launched a new paper on the EU on Thursday.',
        'EU cooperation would help get better immigration controls, he argued.',
        '"We have a veto on any changes," he said.',
        'Ministers met in Brussels, officials said.',
        'When she was eight, her mother took a decision which changed her life.',
        'However, if she picks the wrong man, the impostor takes the money.',
        "One commented: 'this girl is so talented!'",
        'One person died in the crash.',
        'Since then, average UK property prices have more than doubled.',
        'Only released last week, it was closely followed by Halo 2 in the charts.',
        'In the mountainous country, it is feared as many as 50,000 workers could lose their jobs.',
        'Solid, diverse, accessible and visually striking, it may well open up the genre.',
        'Armed with the details a bank holds, it is apparently easy to get a loan.',
        'One such avatar is Jeremiah.',
        'Such a plan is to be proposed by the new chief executive.',
        'For gamers, this should make for better, more immersive games.',
        "Fortunately, it doesn't merely live up to its promise, but exceeds it.",
        'Another reportedly said: “Next year is the year of the rat.”',
        'Which is not to say that the visit was anything but routine.',
        'At least any disputed amount would be limited to £20.',
        'At least 10 people died in the crash, police said.',
        'But realistically, all three will be fighting for the number two ranking.',
        'The three shortlisted candidates are Mia Hamm, Birgit Prinz and Marta.',
      ]),
    ).toEqual([
      false,
      true,
      false,
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('GIVEN length and quotation THEN the priors behave', () => {
    expect(lengthPenalty(20)).toBe(0);
    expect(lengthPenalty(4)).toBeGreaterThan(0.5);
    expect(lengthPenalty(70)).toBe(1);
    expect(quotedShare('"We are delighted and relieved today," said a resident.')).toBeGreaterThan(
      0.5,
    );
    expect(quotedShare('No quotation here at all.')).toBe(0);
  });
});

describe('selectSentences (MMR)', () => {
  it('GIVEN two near-identical top sentences THEN only one is picked, and ids come back in article order', () => {
    const sim = [
      [1, 0.95, 0.1, 0.1],
      [0.95, 1, 0.1, 0.1],
      [0.1, 0.1, 1, 0.1],
      [0.1, 0.1, 0.1, 1],
    ];
    const ids = selectSentences({
      scores: [1, 0.9, 0.6, 0.2],
      similarity: (i, j) => sim[i]?.[j] ?? 0,
      k: 2,
      redundancy: 0.5,
    });
    expect(ids).toEqual([0, 2]);
  });

  it('GIVEN a role no point covers yet THEN its sentence gets the bonus', () => {
    const ids = selectSentences({
      scores: [1, 0.9, 0.5],
      similarity: (i, j) => (i === j ? 1 : 0),
      k: 2,
      redundancy: 0.5,
      roles: (i) => (i === 2 ? ['dispute'] : []),
      roleBonus: 0.8,
    });
    expect(ids).toEqual([0, 2]);
  });

  it('GIVEN a high-scoring sentence that opens on a pronoun THEN it is a point only next to the sentence it leans on', () => {
    const similarity = (i: number, j: number) => (i === j ? 1 : 0);
    const scores = [1, 0.4, 0.9, 0.5];
    const needsPrevious = [false, false, true, false];
    // Sentence 1 is not chosen, so "He said …" (2) would dangle: 3 is the point instead.
    expect(selectSentences({ scores, similarity, k: 2, redundancy: 0.5, needsPrevious })).toEqual([
      0, 3,
    ]);
    // Once sentence 1 is a point, sentence 2's antecedent is on screen and it competes again.
    const next = { scores: [1, 0.6, 0.9, 0.5], similarity, redundancy: 0.5, needsPrevious };
    expect(selectSentences({ ...next, k: 3 })).toEqual([0, 1, 2]);
  });

  it('GIVEN only pronoun-led sentences left THEN selection still fills the points rather than return fewer', () => {
    const all = selectSentences({
      scores: [1, 0.5],
      similarity: (i, j) => (i === j ? 1 : 0),
      k: 2,
      redundancy: 0.5,
      needsPrevious: [true, true],
    });
    expect(all).toEqual([0, 1]);
  });
});

describe('sentences said within a time frame or an imagined scene', () => {
  it('GIVEN "Previously, passengers could claim … However, only scheduled operators were obliged …" THEN the second leans on the first', () => {
    const leans = needsPreviousOf([
      'Air passengers can now demand greater compensation for delays.',
      'Previously, passengers could claim between 150 euros and 300 euros.',
      'However, only scheduled flight operators were obliged to offer compensation.',
      'However, the new rules will apply to all flights.',
    ]);
    expect(leans).toEqual([false, false, true, false]);
  });

  it('GIVEN "The statement added: …" after a spokesperson\'s denial THEN it leans on the denial; after a lede that names the statement it does not', () => {
    expect(
      needsPreviousOf([
        'The world number one has criticised the club over equal prize money.',
        'A club spokesperson denied the chairman made the remark, insisting: "He did not say it."',
        'The statement added: "It was said by someone else."',
      ]),
    ).toEqual([false, false, true]);
    expect(
      needsPreviousOf([
        'The club issued a statement denying that the chairman made the remark.',
        'The chairman has been at the club for ten years.',
        'The statement added: "It was said by someone else."',
      ]),
    ).toEqual([false, false, false]);
  });

  it('GIVEN "Picture the scene - …", the sentence after and one that carries on with "But" THEN all three are the imagined scene, and what follows is not', () => {
    const { sentences } = prepareArticle(
      [
        'BBC Sport unveils its new analysis tool at the match on Saturday.',
        '',
        'Picture the scene - Wales are camped on the England line in the dying seconds. A ball is flung out to the winger who crosses to score the winning try. But the England players are incensed. The new tool could end such arguments in minutes.',
      ].join('\n'),
    );
    expect([...imaginedScene(sentences)].map((i) => sentences[i]?.text.slice(0, 20))).toEqual([
      'Picture the scene - ',
      'A ball is flung out ',
      'But the England play',
    ]);
  });
});

describe('figureFacts: what a figure measures', () => {
  it('GIVEN "grew by 5.5%" and "the region grew by 5.5% this year" THEN both give "grew 5.5%"; a year or a small count gives none', () => {
    expect(figureFacts("Latin America's economy grew by 5.5% in 2004.")).toEqual(['grew 5.5%']);
    expect(figureFacts('The commission said the region grew by 5.5% this year.')).toEqual([
      'grew 5.5%',
    ]);
    expect(figureFacts('Revenues slipped 11 per cent to £2.89bn.')).toEqual([
      'slip 11%',
      'cent £2.89bn',
    ]);
    expect(figureFacts('Three men were arrested in 2004.')).toEqual([]);
  });
});
