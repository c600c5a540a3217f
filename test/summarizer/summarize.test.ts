import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { MAX_LABEL_WORDS } from '../../src/summarizer/label.js';
import { keyQuotes, MAX_RANKED_SENTENCES, summarize } from '../../src/summarizer/summarize.js';
import type { Summary } from '../../src/summarizer/types.js';

const sample = readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8');

function ok(text: string, points?: number): Summary {
  const r = summarize({ text }, points === undefined ? {} : { points });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('summarize on the sample article', () => {
  const s = ok(sample);
  const points = s.keyPoints.map((p) => p.text);

  it('GIVEN the AFP sample THEN the headline is its first line and the lede tells the story', () => {
    expect(s.title).toBe("China Sends Envoy to N. Korea, Trump Hails 'Big Move'");
    expect(s.lede).toMatch(/^China dispatched a special envoy to North Korea/);
  });

  it('GIVEN default options THEN the lede and four points cover dispatch, Trump reaction, experts, freeze dispute in article order', () => {
    expect(points).toHaveLength(4);
    expect(s.lede).toMatch(
      /dispatched a special envoy.*hailed as a "big move" by President Donald Trump/,
    );
    expect(points.some((p) => /^Trump\b.*hail the mission as "a big move/.test(p))).toBe(true);
    expect(points.some((p) => /experts doubt/i.test(p))).toBe(true);
    // The dispute point says what the dispute is about: the freeze-for-freeze plan itself.
    const freeze = s.keyPoints.find((p) => p.label === 'Freeze for freeze');
    expect(freeze?.text).toMatch(/"dual track approach" in which the United States would freeze/);
    expect(freeze?.text).toMatch(/Beijing stood by its policy/);
    const ids = s.keyPoints.map((p) => p.sentenceIds[0] ?? -1);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('GIVEN the lede THEN no point repeats its sentence', () => {
    expect(points.some((p) => p.includes('China dispatched a special envoy'))).toBe(false);
  });

  it('GIVEN captions, credits and footers in the input THEN none reach the output', () => {
    const out = JSON.stringify(s);
    for (const cruft of [
      'AP Photo',
      'Andy Wong',
      'welcome ceremony',
      'legally licensed',
      'licensing questions',
      'Show Full Article',
      'NewsCred',
    ]) {
      expect(out).not.toContain(cruft);
    }
    expect(s.stats.removedLines).toBe(4);
  });

  it('GIVEN quotes THEN Glaser and Yuan are named with their roles', () => {
    const glaser = s.quotes.find((q) => q.speaker === 'Bonnie Glaser');
    expect(glaser?.role).toMatch(
      /^China expert at the Center for Strategic and International Studies/,
    );
    expect(
      s.quotes.some(
        (q) =>
          q.speaker === 'Bonnie Glaser' &&
          q.text.startsWith('China has virtually no political influence'),
      ),
    ).toBe(true);
    const yuan = s.quotes.find((q) => q.speaker === 'Yuan Jingdong');
    expect(yuan?.role).toBe(
      'a specialist in Asia-Pacific security issues at the University of Sydney',
    );
    expect(yuan?.text).toMatch(/^We can expect some face-saving/);
  });

  it('GIVEN labels THEN each is a short headline, its words from the article, and they differ', () => {
    const labels = s.keyPoints.map((p) => p.label).filter(Boolean);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) {
      expect(label.split(/\s+/).length).toBeLessThanOrEqual(MAX_LABEL_WORDS);
      for (const word of label.toLowerCase().match(/[a-z']+/g) ?? [])
        expect(sample.toLowerCase()).toContain(word);
    }
  });
});

describe('summarize options and bad input', () => {
  it('GIVEN --points N THEN N points, at least 1 and at most the sentences there are', () => {
    expect(ok(sample, 1).keyPoints).toHaveLength(1);
    expect(ok(sample, 7).keyPoints).toHaveLength(7);
    expect(ok(sample, 0).keyPoints).toHaveLength(1);
    // Every sentence but the lede's, less those that repeat it or another point.
    const all = ok(sample, 99).keyPoints;
    expect(all.length).toBeGreaterThan(15);
    expect(all.length).toBeLessThan(24);
  });

  it('GIVEN a short text THEN the lede and a point for each other sentence', () => {
    const s = ok('The river burst its banks on Monday. Two villages were evacuated.');
    // The first sentence is the lede; the other is the one point.
    expect(s.keyPoints).toHaveLength(1);
    expect(s.stats.sentences).toBe(2);
  });

  it.each([
    ['', 'empty_input'],
    ['   \n\n  ', 'empty_input'],
    ['\u0000\u0001\u0002binary\u0000', 'binary_input'],
    ['12345 67890 !!! ???', 'no_sentences'],
    ['x'.repeat(1_000_001), 'too_large'],
  ])('GIVEN bad input %# THEN a clear error with code %s', (text, code) => {
    const r = summarize({ text });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(20);
    }
  });

  it('GIVEN a book-length paste under the size cap THEN a summary from its opening, every sentence counted', () => {
    const para = (i: number) =>
      `The committee met again on day ${i} to discuss the budget. Members argued about the cost of roads and school meals.`;
    const text = Array.from({ length: 4000 }, (_, i) => para(i)).join('\n\n');
    expect(text.length).toBeGreaterThan(400_000);
    const s = ok(text);
    expect(s.stats.sentences).toBe(8000);
    expect(s.keyPoints.every((p) => (p.sentenceIds[0] ?? 0) < MAX_RANKED_SENTENCES)).toBe(true);
  });

  it('GIVEN the same input twice THEN the same output (pure)', () => {
    expect(ok(sample)).toEqual(ok(sample));
  });
});

describe('a title given with the text', () => {
  it('GIVEN a title copied from page source with character references and a line break THEN the headline reads as printed, on one line', () => {
    const r = summarize({
      text: 'Tottenham have bid £8m for two Nottingham Forest players. The offer was made on Monday. Forest have not yet replied to it.',
      title: 'Tottenham bid &#163;8m for\n Forest duo &amp; more',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Tottenham bid £8m for Forest duo & more');
  });
});

describe('summarize on web copy', () => {
  it('GIVEN a long byline with a date THEN it is removed, and a lone quote point names its speaker', () => {
    const text = [
      'By Priya Natarajan, Transport Correspondent · 27 November 2026',
      '',
      'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
      '',
      'The crossing carries about 42,000 vehicles a day between the port district and the city centre.',
      '',
      // (Her second quotation after a sentence of the writer's: a second sentence of the first
      // would be one quotation with it, one point at most.)
      '"We have run out of time for patch repairs," said Helen Okafor, the council\'s director of infrastructure. Okafor said the ferry would run every ten minutes while the bridge is shut. "If we do not replace the hangers now, we would have to close the bridge without warning within three years."',
    ].join('\n');
    const s = ok(text, 4);
    expect(JSON.stringify(s)).not.toContain('Priya Natarajan');
    const lone = s.keyPoints.find((p) => p.text.startsWith('"If we do not replace'));
    expect(lone?.text).toMatch(/— Helen Okafor$/);
    expect(s.quotes[0]).toMatchObject({
      speaker: 'Helen Okafor',
      role: "the council's director of infrastructure",
    });
  });
});

describe('page furniture among the sentences', () => {
  it('GIVEN "skip straight to the reviews by clicking on the links below" and "Listen to the full interview" THEN neither is a point', () => {
    const text = [
      'Mobile phone games have grown into a business worth millions, with more than 200 titles now on sale.',
      'A brief round-up follows but you can skip straight to the reviews by clicking on the links below.',
      'Puzzle games remain the most popular, followed by sports titles and card games.',
      'Listen to the full interview on Sport on Five from 1900 GMT.',
      'Developers say faster networks will bring games that people play against each other.',
    ].join('\n\n');
    const s = ok(text, 4);
    const points = s.keyPoints.map((p) => p.text).join(' ');
    expect(points).not.toMatch(/links below|Listen to the full/);
    expect(points).toMatch(/Puzzle games remain/);
  });

  it('GIVEN "Just like the above-displayed tweets, …" or "the chart below" THEN neither is a point: they show what the page shows', () => {
    const text = [
      'Claims that a former ambassador is worth $17 million have spread on social media this week.',
      'Just like the above-displayed tweets, these sites offered no evidence to support their estimates.',
      'Her salary as an ambassador was about $170,000 a year, according to public records.',
      'As the chart below shows, her pay rose only slowly over three decades of service.',
      'No one has offered any information about how she could have built such a fortune.',
    ].join('\n\n');
    const points = ok(text, 4)
      .keyPoints.map((p) => p.text)
      .join(' ');
    expect(points).not.toMatch(/above-displayed|chart below/);
    expect(points).toMatch(/No one has offered/);
  });

  it('GIVEN "Here, Sportsmail\'s guide takes you through the permutations" THEN it is no point', () => {
    const text = [
      'With two weekends of league action left, it is crunch time for a number of clubs.',
      'Some are fighting for promotion and some against relegation.',
      "Here, Sportsmail's guide takes you through the permutations in every division.",
      'Watford will be promoted if they win at Brighton and Norwich fail to win.',
      'Derby will make sure of a play-off place if they win at Millwall.',
    ].join('\n\n');
    expect(
      ok(text, 8)
        .keyPoints.map((p) => p.text)
        .join(' '),
    ).not.toMatch(/takes you through/);
  });
});

/** The text of four points of an article of these paragraphs, joined. */
function fourPointsOf(paragraphs: readonly string[]): string {
  return ok(paragraphs.join('\n\n'), 4)
    .keyPoints.map((p) => p.text)
    .join(' ');
}

describe('a results table run into the text', () => {
  it('GIVEN "Roberto Merhi (Spain) Marussia - Ferrari 1:42.842 Rosberg was grim-faced afterwards." THEN it is no point', () => {
    const text = [
      'Lewis Hamilton sauntered to pole position for the Malaysian Grand Prix, nearly a second ahead of the Ferraris.',
      'Ferrari are stronger over a long run and may yet threaten his supremacy.',
      'Roberto Merhi (Spain) Marussia - Ferrari 1:42.842 Rosberg was grim-faced afterwards.',
      'For the first time this season Manor had both cars taking part in qualifying.',
      'Jenson Button was naturally disappointed with his lap.',
    ].join('\n\n');
    expect(fourPointsOf([text])).not.toMatch(/1:42\.842/);
  });
});

describe('a stats box run into the text', () => {
  it('GIVEN "Test matches: 133 Highest score: 190 Runs: 8463 …" glued to a sentence THEN it is no point', () => {
    const points = fourPointsOf([
      'Alec Stone has said he would be interested in becoming the new director of England cricket.',
      'Stone lines up with Surrey players for the team photo at the Oval Test matches: 133 Highest score: 190 Runs: 8463 Centuries: 15 Batting average: 39.54 Stumpings: 14.',
      'The former captain is currently director of cricket at Surrey.',
      'He said he had not yet been approached by the board about the role.',
    ]);
    expect(points).not.toMatch(/Highest score/);
  });

  it('GIVEN a career box whose entries name clubs and years ("Real Madrid (2006-09): 97 apps") THEN it is no point', () => {
    const points = fourPointsOf([
      'Marco Duarte prepares to face his former club Benfica on Wednesday as the top scorer in the league.',
      'Duarte has scored 17 goals for Getafe this season and could soon move to Lyon AGE: 27 CLUBS (League record only) Benfica (2006-09): 97 apps, 22 goals Braga (2009-13): 85 apps, 13 goals Hull (loan, 2010-11): 29 apps, 5 goals.',
      'He played for Hull on loan five years ago, but scored just five goals in 29 games.',
      'Lyon are ready to pay his release fee at the end of the season, his agent said.',
    ]);
    expect(points).not.toMatch(/apps, \d+ goals/);
  });
});

describe('a point from inside a quotation marked with single marks', () => {
  const text = [
    'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
    '',
    'The crossing carries about 42,000 vehicles a day between the port district and the city centre, and traders fear a drop in custom.',
    '',
    // (A sentence of the writer's between her two quotations: one quotation is one point.)
    '‘We have run out of time for patch repairs,’ said council engineer Helen Okafor. The repairs will cost about £4m. ‘Every week of delay raises the cost of the work by about £200,000. The ferry will run every ten minutes while the bridge is shut.’',
    '',
    'Okafor’s team will start on the north tower in the spring.',
  ].join('\n');

  it('GIVEN the last sentence of a quotation that opened sentences before THEN it gets its opening mark and its speaker', () => {
    // (The title makes the last sentence the quotation's point.)
    const title = 'Ferry to run every ten minutes while harbour bridge is shut';
    const r = summarize({ text, title }, { points: 4 });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.keyPoints.map((p) => p.text);
    expect(points).toContain(
      '‘The ferry will run every ten minutes while the bridge is shut.’ — Helen Okafor',
    );
  });

  it('GIVEN a sentence that opens a quotation going on after it THEN it gets its closing mark', () => {
    const open = text.replace('£200,000.', '£200,000. ‘We need to act now.');
    const points = ok(open, 5).keyPoints.map((p) => p.text);
    expect(
      points.filter((p) => p.startsWith('‘')).every((p) => /’ — /.test(p) || p.includes('said')),
    ).toBe(true);
  });
});

describe('a point from inside a quotation', () => {
  // British copy opens each quoted sentence run with a mark and closes only the last.
  const text = (close: string) =>
    [
      'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
      '',
      'The crossing carries about 42,000 vehicles a day between the port district and the city centre, and traders fear a drop in custom.',
      '',
      `"We have run out of time for patch repairs," said council engineer Helen Okafor. "The hangers are corroded beyond repair. "We need to act now. Every week of delay raises the cost of the work by about £200,000${close} Okafor's team will start on the north tower, and the ferry will run every ten minutes while the bridge is shut.`,
    ].join('\n');

  it('GIVEN the last sentence of a quotation shown alone THEN it reads as quoted words, with its speaker', () => {
    // (The quotation is not closed in its paragraph: the next one opens another.)
    const open = [
      'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
      '',
      'The crossing carries about 42,000 vehicles a day between the port district and the city centre, and traders fear a drop in custom.',
      '',
      '"We have run out of time for patch repairs," said council engineer Helen Okafor. "The hangers are corroded beyond repair. Every week of delay raises the cost of the work by about £200,000.',
      '',
      '"We need to act now," she said. Okafor\'s team will start on the north tower, and the ferry will run every ten minutes while the bridge is shut.',
    ].join('\n');
    const points = ok(open, 4).keyPoints.map((p) => p.text);
    expect(points).toContain(
      '"Every week of delay raises the cost of the work by about £200,000." — Helen Okafor',
    );
  });

  it('GIVEN a point of two quoted sentences THEN its speaker is named once, after them', () => {
    const groups = [
      'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
      '',
      // (Her words open after a sentence of the writer's: one that says who speaks would be
      // the quotation's point itself.)
      'She said the council had run out of time for patch repairs. "The council waited far too long. "The steel hangers on the north side of the bridge have rusted through. They cannot be patched again, and every week of delay adds £200,000 to the bill."',
    ];
    const text = ['Council engineer Helen Okafor spoke after the vote.', '', ...groups].join('\n');
    const points = ok(text, 6).keyPoints.map((p) => p.text);
    const speech = points.filter((p) => p.includes('— Helen Okafor'));
    // (The quotation reopened at "The steel hangers" and closed two sentences on: one
    // quotation, so one point at most shows it.)
    expect(speech).toHaveLength(1);
    for (const p of speech) expect(p.match(/— Helen Okafor/g)).toHaveLength(1);
    for (const p of speech) expect(p).toMatch(/— Helen Okafor$/);
    // (Without the reopening, the sentence that leans on the one before is shown with it.)
    const plain = ok(text.replace('"The council waited far too long. ', ''), 6).keyPoints.map(
      (p) => p.text,
    );
    expect(plain).toContain(
      '"The steel hangers on the north side of the bridge have rusted through. They cannot be patched again, and every week of delay adds £200,000 to the bill." — Helen Okafor',
    );
  });

  it('GIVEN a quote point whose attribution is "he said" THEN it names, where the pronoun stands, a person the article quotes by surname, and nobody else', () => {
    const text = (opening: string) =>
      [
        opening,
        '',
        'Reid said the wind had made the course the hardest he had played this year.',
        '',
        'Reid dropped three shots on the back nine before a birdie at the last.',
        '',
        '"I am not playing great, but I am through to the weekend," he said.',
      ].join('\n');
    const named = ok(
      text('Andy Reid survived a late scare to make the cut at the Welsh Open in Newport.'),
      6,
    );
    // (The name stands where the pronoun did: not '…," he said. — Andy Reid'.)
    expect(named.keyPoints.map((p) => p.text)).toContain(
      '"I am not playing great, but I am through to the weekend," Andy Reid said.',
    );
    // "he" matched to a tournament's name by mistake: no name rather than a wrong one.
    const unnamed = ok(
      text('The Welsh Open in Newport saw a late scare for the leaders before the cut.'),
      6,
    );
    const point = unnamed.keyPoints.map((p) => p.text).find((p) => p.includes('not playing great'));
    expect(point).not.toMatch(/ — /);
    expect(unnamed.quotes.map((q) => q.speaker)).not.toContain('Welsh Open');
  });

  it('GIVEN narration that names the speaker inside a quotation left open THEN it is not given to them', () => {
    const points = ok(text('.'), 6).keyPoints.map((p) => p.text);
    expect(points.find((p) => p.includes('north tower'))).toBe(
      "Okafor's team will start on the north tower, and the ferry will run every ten minutes while the bridge is shut.",
    );
  });
});

describe('the lede', () => {
  it('GIVEN a better-scored opening sentence that points back ("…check his momentum") THEN the lede is one that stands alone', () => {
    const text = [
      "Mike Tindall wouldn't have moved any quicker in a Six Nations clash at Twickenham.",
      "Not even a hug from the champion jockey could check his momentum toward the winner's enclosure at Aintree.",
      'Fans cheered at Aintree.',
      'The champion jockey said the winner had jumped every fence at Aintree perfectly.',
      'Racing fans at Aintree cheered the champion jockey and the winner for several minutes.',
    ].join(' ');
    expect(ok(text).lede).toBe(
      "Mike Tindall wouldn't have moved any quicker in a Six Nations clash at Twickenham.",
    );
  });
});

describe('no point repeats the lede as it is shown', () => {
  it('GIVEN a sentence that says the lede again after "However," THEN it is not a point', () => {
    const r = summarize(
      {
        text: [
          'A bookmaker has stopped taking bets on Celebrity Big Brother after claiming sensitive information about the Channel 4 show had been leaked.',
          'William Hill made the move after four people tried to place bets on the surprise double eviction.',
          'However, a Big Brother spokeswoman was satisfied that sensitive information about the show remained confidential.',
          'The bookmaker said its suspicions had been aroused by betting on the last two evictions.',
          'Odds as short as 1/14 still drew large sums from people trying to place bets.',
        ].join('\n\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    // Shown, "However," goes: 5 of the point's 9 content stems are the lede's (0.56 > 0.5).
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/spokeswoman/);
  });
});

describe('a point says something', () => {
  it('GIVEN a results table run into the text and a two-word aside THEN neither is a point', () => {
    const r = summarize(
      {
        text: [
          'Lewis Hamilton sauntered to pole position for the Malaysian Grand Prix, nearly one second ahead of Sebastian Vettel.',
          'Ferrari are stronger over a long run and may yet provide a threat to Hamilton.',
          'No wonder.',
          '1. Lewis Hamilton (Britain) Mercedes 1:35.782 2. Nico Rosberg (Germany) Mercedes 1:35.824 3. Sebastian Vettel (Germany) Ferrari 1:36.687',
          'Hamilton was four-hundredths of a second ahead of his team-mate Nico Rosberg.',
          'Manor had both cars taking part in qualifying for the first time this season.',
        ].join('\n\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.keyPoints.map((p) => p.text);
    expect(points.some((p) => /1:3\d\.\d{3}|^No wonder/.test(p))).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a point that names someone only by an epithet', () => {
  it('GIVEN "The 32-year-old will race …" THEN it is no point of its own (who it is was said before)', () => {
    const r = summarize(
      {
        text: [
          'Four British athletes have been pre-selected to compete at the World Cross Country Championships in March after impressive starts to the season.',
          'Hayley Yelling, Jo Pavey, Karl Keska and Adam Hickey will represent Team GB at the event in France.',
          "Yelling clinched the women's European cross country title last month and Pavey followed up with bronze.",
          "Keska helped the men's team to overall third place while Hickey finished in 10th place on his junior debut.",
          "The 32-year-old will race alongside Olympic 5,000m finalist Pavey in the women's 8km race on 19 March.",
          'Team GB will name the rest of the squad after the national trials in Birmingham next month.',
        ].join(' '),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const texts = r.value.keyPoints.map((p) => p.text);
    const alone = texts.some((t) => t.startsWith('The 32-year-old'));
    expect(alone).toBe(false);
  });
});

describe('a point that names a player only by position', () => {
  it('GIVEN "The lock believes …" after the sentence naming the French captain THEN it is no point of its own', () => {
    const r = summarize(
      {
        text: [
          'Adam Jones says the Wales forwards are determined to dominate the powerful France pack in Paris on Saturday.',
          'The prop said the pack had studied hours of footage of the French scrum this week.',
          'Wales have won all three of their matches so far in this season’s championship.',
          'Their backs scored six tries against Italy in Rome last weekend.',
          'France captain Fabien Pelous has said his side must show more attacking flair than in their win over Scotland.',
          'The lock believes the Welsh forwards are not big enough to trouble his side in the scrum.',
          'The match kicks off at the Stade de France at 1500 GMT and is a sell-out.',
        ].join(' '),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const texts = r.value.keyPoints.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('The lock'))).toBe(false);
  });
});

describe('a caption run on into a sentence is no point', () => {
  it('GIVEN a sentence that runs into the next without its full stop THEN it is not shown', () => {
    const r = summarize(
      {
        text: [
          'Bayer Leverkusen defender Emir Spahic could face a lengthy ban after video footage appeared to show him fighting stewards after a defeat by Bayern Munich.',
          'Spahic was substituted in the 90th minute with an ankle injury as Bayer crashed out of the cup on penalties.',
          'After initially being restrained, Spahic became involved in a clash with stewards after the game The incident has been referred to the league by Bayern Munich stewards and Spahic could face a ban.',
          'A Bayer spokesman said the club would look at the footage of the clash with stewards before deciding on a ban.',
          'Spahic will issue an apology for his behaviour towards the stewards.',
        ].join(' '),
      },
      { points: 3 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(
      /after the game The incident/,
    );
  });
});

describe('a speaker is named only on speech', () => {
  it('GIVEN narration after a quotation that closed THEN it is not attributed to the speaker', () => {
    const r = summarize(
      {
        text: [
          'Novelist Arthur Hailey, who has died at the age of 84, was known for his bestselling page-turners about industries from hotels to high finance.',
          'He wanted to be a writer from an early age, but did not take it up until his mid-thirties, when he was inspired to write a screenplay on a flight to Toronto.',
          '"I fell to daydreaming. I visualised the pilots at the controls and wondered what would happen if they both got sick. I was a rusty wartime pilot who hadn\'t flown for nine years... " Hailey later recalled. The Canadian Broadcasting Corporation bought Flight into Danger for $600 and it was shown on TV in April 1956. Hailey worked as a screenwriter for a couple of years, before turning to novels. He went on to produce 11 best-selling books, published in 38 languages.',
        ].join('\n\n'),
      },
      { points: 10 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const narration = r.value.keyPoints
      .map((p) => p.text)
      .filter((t) => /Canadian Broadcasting|screenwriter/.test(t));
    expect(narration.length).toBeGreaterThan(0);
    for (const t of narration) expect(t).not.toMatch(/— [^—]*Hailey$/);
  });
});

describe('a list entry is no point', () => {
  it('GIVEN a budget story with a bulleted list of what the minister did THEN no entry is a point', () => {
    const r = summarize(
      {
        text: [
          'India is to boost spending on primary schools and health in a budget flagged as a boost for the ordinary citizen.',
          'Presenting his budget in parliament, the finance minister said the economy was performing strongly and that inflation had been reined in. In his budget the minister has:',
          '- Increased spending on primary education to 71.56bn rupees ($1.6bn) \n - Increased spending on health to 102.8bn rupees ($2.35bn) \n - Announced that 80bn rupees ($1.8bn) will be spent on building rural infrastructure \n - Pledged 102.16bn rupees ($2.3bn) for tsunami victims',
          'The new government was voted into power last May after it pledged to introduce economic reforms with a "human face".',
        ].join('\n\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.keyPoints.map((p) => p.text);
    expect(points.some((p) => /^- |Announced that|Pledged 102/.test(p))).toBe(false);
    expect(points.join(' ')).toMatch(/voted into power/);
  });
});

describe('no point leans on a sentence not shown', () => {
  it('GIVEN a "They …" sentence after one that is no point THEN it is left out, not shown dangling', () => {
    const r = summarize(
      {
        text: [
          'Sale are missing 14 players for the trip to Worcester due to international call-ups and injuries.',
          'No wonder.',
          'They make just one change, with Tim Collier replacing Phil Murphy in the second row.',
        ].join('\n\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/^They|\bThey make/);
  });
});

describe('a point of two sentences keeps how the second links to the first', () => {
  it('GIVEN "… concerns remained. But he said …" shown as one point THEN its "But" stays', () => {
    const r = summarize(
      {
        text: [
          'Foreign ministers of the European Union have agreed to keep their arms embargo on Valdoria for another year.',
          'The ban was imposed in 1990 after soldiers fired on protesters in the capital.',
          'Foreign Secretary Martin Hale told a Commons committee that human rights concerns over Valdoria remained.',
          'But he said it was wrong to put Valdoria under the same embargo as countries at war.',
          'Trade between the EU and Valdoria has tripled in the past decade, to £40bn a year.',
          'Campaigners said lifting the ban would reward a government that still jails its critics.',
        ].join(' '),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const pair = r.value.keyPoints.find((p) => p.sentenceIds.length === 2);
    expect(pair?.text).toMatch(/concerns over Valdoria remained\. But he said it was wrong/);
  });
});

describe('a caption glued into the text is no point', () => {
  it('GIVEN a sentence that says where someone stands in a photo ("(left)", "(pictured)") THEN it is no point', () => {
    const r = summarize(
      {
        text: [
          'A fire has destroyed a warehouse in Leith, sending smoke across the north of Edinburgh.',
          'Sixty firefighters fought the blaze for nine hours before it was brought under control on Tuesday.',
          'Station manager Jo Reid (right) and her colleague Tom Kerr (left) were among the first crews to reach the burning warehouse.',
          'Nobody was hurt, but nearby homes were evacuated as a precaution.',
          'The cause of the fire is being investigated.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/among the first crews/);
  });

  it('GIVEN a caption with a picture note ("(picture posed by model)") glued to the next sentence THEN it is no point', () => {
    const r = summarize(
      {
        text: [
          'A student has said the cost of living in the city left her unable to pay her rent.',
          'Rents in the capital have risen to an average of more than £1,100 a month, a survey found.',
          'A student has told how her loan failed to cover her rent (picture posed by model) The survey by the university found one in twenty students had taken second jobs.',
          'The union said students were being priced out of the capital.',
          'Ministers said loans had risen in line with inflation.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(
      /posed by model|rent The survey/,
    );
  });
});

describe('who speaks a quotation inside a point of two sentences', () => {
  it('GIVEN a bare quotation and then "His comments contradict …" in one point THEN the quotation is attributed as a reporter would, not "— Name His comments"', () => {
    const r = summarize(
      {
        text: [
          'Chelsea chief executive Peter Kenyon says Arjen Robben will not be rushed back from his broken foot.',
          'The winger was injured in a challenge with Liverpool midfielder Steven Gerrard last month.',
          'Kenyon said the club would take no risks with the Dutch international.',
          '"We are looking to getting him back as soon as possible, but he will be back when it is right for him and for us."',
          'His comments contradict those of chiropractor Jean Pierre Meersseman, who said Robben could play within a fortnight.',
          'Chelsea play Barcelona in the Champions League next month.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const pair = r.value.keyPoints.find((p) => p.sentenceIds.length === 2)?.text ?? '';
    expect(pair).toContain('right for him and for us," Peter Kenyon said. His comments contradict');
  });
});

describe('a quotation said by "he" inside a point of two sentences', () => {
  it('GIVEN \'"…," he said.\' whose speaker is named once, with his age ("said Singh Jabarjung, 24,") THEN the point names him where "he" stood', () => {
    const r = summarize(
      {
        text: [
          'Nearly 150 Indians returned home broke on Wednesday after being deported from the United States for violating visa rules.',
          '“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Bhatinda.',
          '“I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I tried to enter California but was caught by police,” he said. He said he has spent Rs 24 lakh on the four attempts.',
          'The special aircraft carrying the deportees landed at the Delhi airport at 6am, an airport official said.',
        ].join('\n\n'),
      },
      { points: 3 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const point = r.value.keyPoints.find((p) => p.text.includes('I boarded'))?.text ?? '';
    expect(point).toContain('caught by police,” Singh Jabarjung said.');
  });
});

describe('a quotation said by "she" as the second sentence of a point', () => {
  it('GIVEN \'… told Radio 4 …. "It would be very troubling …," she said.\' in one point THEN "she" gives way to her name, not "she said. — Mary Robinson"', () => {
    const r = summarize(
      {
        text: [
          'The government must act quickly on the ruling that detention without trial is unlawful, Mary Robinson has said.',
          'The former UN commissioner for human rights told Radio 4\'s Today programme the government\'s response would be scrutinised internationally. "It would be very troubling if the government did not accept the judgement," she said.',
          'Home Secretary Charles Clarke has said detainees will not be freed at present.',
          'Mrs Robinson said the ruling was "in line with international legal opinion".',
        ].join('\n\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const pair = r.value.keyPoints.find((p) => p.sentenceIds.length === 2)?.text ?? '';
    expect(pair).toMatch(/accept the judgement," Mary Robinson said\.$/);
  });
});

describe('a quotation said by "she" whose speaker is named once, after her role', () => {
  it('GIVEN "The economy minister, Salma Dabbashi, said …" then \'"…," she told reporters\' as a point THEN the point names her where "she" stood', () => {
    const r = summarize(
      {
        text: [
          "Libya's government on Tuesday announced it would double the subsidy paid to the country's 4,000 licensed bakeries, in a bid to stop a wave of closures.",
          'The price of flour has tripled since the spring, and bakers say they lose money on every loaf they bake at the fixed price.',
          'The economy minister, Salma Dabbashi, said the new subsidy would cost 300 million dinars a year and would be paid from next month.',
          "Her department has counted 230 bakeries that closed since June, most of them in the capital's old quarter.",
          '"We will not let the bakeries close. Bread is not a luxury," she told reporters in Tripoli.',
          'Economists were sceptical that the state could afford the cost of the subsidy.',
        ].join('\n\n'),
      },
      { points: 5 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const point = r.value.keyPoints.find((p) => p.text.includes('Bread is not a luxury'))?.text;
    expect(point).toBe(
      '"We will not let the bakeries close. Bread is not a luxury," Salma Dabbashi told reporters in Tripoli.',
    );
  });
});

describe('a key quote whose words a point already shows, from another sentence', () => {
  it('GIVEN a point that says a later quotation\'s words ("Since 2008, there hasn\'t been …, the figures show.") THEN that quotation is marked shown and is no key quote', () => {
    const s = ok(
      [
        'The merger of the two newspaper chains became final on Tuesday, creating the largest chain in the country.',
        'Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry, the figures show.',
        'Executives say the deal will save money by sharing printing plants and newsrooms across the group.',
        '“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry,” says industry analyst Ken Doctor.',
        '“The cuts will go on,” said union leader Mary Hale, who represents staff at both chains.',
      ].join('\n\n'),
      3,
    );
    expect(s.keyPoints.map((p) => p.text).join(' ')).toContain('the figures show');
    expect(s.quotes.find((q) => q.speaker === 'Ken Doctor')?.inPoints).toBe(true);
    expect(keyQuotes(s).map((q) => q.speaker)).not.toContain('Ken Doctor');
  });
});

describe('who speaks a quotation in straight single marks inside a point', () => {
  it("GIVEN a paragraph of someone's words in straight single marks ('What they found was …') and narration after it in one point THEN the words are attributed to who said them", () => {
    const r = summarize(
      {
        text: [
          'A chess grandmaster has been thrown out of a tournament after he was caught checking moves on his phone.',
          'The complaint was made by his opponent, Tigran Petrosyan.',
          "He said: 'He would promptly reply to my moves and then literally run to the toilet.",
          "'I informed the chief arbiter about my growing suspicions.",
          "'What they found was the mobile phone with headphones, hidden behind the pan and covered with toilet paper.'",
          'When officials confronted the player, he denied owning the device but the phone was logged into a social networking site under his name.',
          'He could now face a maximum 15-year ban from the game.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const found = r.value.keyPoints.find((p) => p.text.includes('What they found'))?.text ?? '';
    expect(found).toMatch(
      /toilet paper,' Tigran Petrosyan said\.|toilet paper\.' — Tigran Petrosyan/,
    );
  });
});

describe('a point that names its speaker before "He said:"', () => {
  it('GIVEN "Sir Alex Ferguson hinted … He said: \'…\'" as one point THEN the point does not name him again after the quotation', () => {
    const r = summarize(
      {
        text: [
          'Cristiano Ronaldo could return for Manchester United against Everton on Saturday after a knee injury.',
          'The winger has missed three games since he was hurt in training last week.',
          'Manchester United manager Sir Alex Ferguson hinted the winger may be back early.',
          'He said: "There is a chance he could be involved at Everton but we will just have to see how he comes through training."',
          'United are third in the table, eight points behind leaders Chelsea.',
          'Ferguson said last month that his squad was stretched by injuries.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const pair = r.value.keyPoints.find((p) => p.sentenceIds.length === 2)?.text ?? '';
    expect(pair).toMatch(/hinted the winger may be back early\. He said: "There is a chance/);
    expect(pair).not.toMatch(/— (?:Sir )?Alex Ferguson/);
  });
});

describe('an opening hook the lede was chosen over', () => {
  it('GIVEN "It\'s amazing what a bit of make-up can do." before the news THEN it is neither the lede nor a point', () => {
    const r = summarize(
      {
        text: [
          "It's amazing what a bit of make-up can do.",
          'In a new online tutorial, YouTube star Promise Tamang turns herself into the villain Maleficent.',
          'Tamang uses cheek contouring rather than prosthetics to achieve the sharp cheekbones.',
          'She has previously made videos of herself as Elsa from Frozen and Princess Jasmine from Aladdin.',
          'The tutorial has been watched more than two million times since it was posted on Monday.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lede).toMatch(/^In a new online tutorial/);
    expect(r.value.keyPoints.map((p) => p.text).join(' ')).not.toMatch(
      /amazing what a bit of make-up/,
    );
  });
});

describe("the site's own furniture is no point", () => {
  it('GIVEN "BBC Sport looks at the reaction.", "Here\'s a guide to the plan:", "Part two will follow on Monday." THEN none is a point', () => {
    const r = summarize(
      {
        text: [
          'The Conservatives have unveiled plans to introduce health checks for migrants if they win the election.',
          "Here's a guide to the plan:",
          'People coming to live and work in Britain from outside the EU for six months or more would need a chest x-ray.',
          'Critics said the checks would cost more than the illnesses they would find.',
          'What did the other parties make of it? BBC News looks at the reaction.',
          'Labour called the plan a gimmick, and the Liberal Democrats said it would not work.',
          'Part two will follow on Monday.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const shown = r.value.keyPoints.map((p) => p.text).join(' ');
    expect(shown).not.toMatch(/guide to the plan|looks at the reaction|Part two/);
    expect(shown).toMatch(/Critics said the checks/);
  });

  it('GIVEN "BBC News investigates how the network worked and what motivated those involved." THEN it is no point', () => {
    const r = summarize(
      {
        text: [
          'Two men who were part of a network of software pirates have been convicted at the Old Bailey.',
          'BBC News investigates how the network worked and what motivated those involved.',
          'The network cracked codes protecting copyrighted software and shared it among its members.',
          'In October 2000 the US Customs Service began an investigation into the network.',
          'Fourteen months later customs officers carried out raids in six countries.',
        ].join(' '),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    const shown = r.value.keyPoints.map((p) => p.text).join(' ');
    expect(shown).not.toMatch(/investigates how/);
    expect(shown).toMatch(/Fourteen months later/);
  });
});

describe('a claim whose speaker the next sentence names', () => {
  it('GIVEN "There is a mortal danger aimed at Britain. Or so says the Home Secretary." THEN the claim is no point on its own', () => {
    const r = summarize(
      {
        text: [
          'The Lord Chancellor has defended plans to put terror suspects under house arrest without trial.',
          'Lord Falcon insists the proposals strike a balance between safety and civil liberties.',
          'There is a mortal danger aimed at the heart of Britain.',
          'Or so says Home Secretary Charles Clay.',
          'Critics say the plans would allow ministers to detain people on suspicion alone.',
          'The bill will be debated in the Commons next week.',
        ].join(' '),
      },
      { points: 8 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.keyPoints.map((p) => p.text)).not.toContain(
      'There is a mortal danger aimed at the heart of Britain.',
    );
  });
});

/** The text of each point newsbrief shows for an article of these sentences. */
function pointTexts(sentences: readonly string[]): string[] {
  const r = summarize({ text: sentences.join(' ') });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.keyPoints.map((p) => p.text);
}

describe('summarize: a verbless line is no point', () => {
  it('GIVEN a feature with the fragment "The ability to fly." THEN no point is that fragment', () => {
    const points = pointTexts([
      'A photographer has made a calendar of his son flying through the air, to raise money for two charities.',
      'Alan Lawrence took the photos over eighteen months and cropped himself out of every one.',
      'The ability to fly.',
      'The calendar sold out within a week, and a second printing is planned for the spring.',
      'Half of the money will go to two foundations that support families in the city.',
    ]);
    expect(points).not.toContain('The ability to fly.');
  });
});

describe("summarize: the writer's question is no point", () => {
  it('GIVEN a feature that asks the reader questions THEN no point is one of them; a question someone asked can be', () => {
    const texts = pointTexts([
      'Apple has launched a cheaper Mac, the Mac Mini, priced at £339 in the UK.',
      'But does the latest Macintosh justify the hype?',
      'The machine has a 1.25GHz processor, a 40 gigabyte hard drive and a CD burner.',
      'Could it win over people who have never owned a Mac?',
      'Mr Jobs asked the audience: "Who wants a Mac for under $500?"',
      'Analysts said the price would bring many Windows users to the Mac for the first time.',
    ]).join(' ');
    expect(texts).not.toContain('justify the hype?');
    expect(texts).not.toContain('never owned a Mac?');
  });

  it('GIVEN the writer\'s "So why …" with its question mark left off THEN it is no point', () => {
    const texts = pointTexts([
      'American strategist Dick Norris is now working for the UK Independence Party.',
      'He is credited with the comeback victory of a US president in 1992.',
      'So why Britain and why UKIP which, despite its recent election successes, is not likely to pull off a victory in the general election.',
      'Norris says the party can win seats by campaigning on a single issue.',
      'He was paid by the party for six weeks of work, its treasurer said.',
    ]).join(' ');
    expect(texts).not.toMatch(/why UKIP/);
  });
});

describe('summarize: an unattributed first-person line is no point', () => {
  it("GIVEN a columnist's aside in the first person THEN it is no point; a quoted first-person line with its speaker can be", () => {
    const texts = pointTexts([
      'The hi-tech industry is starting to get more environmentally aware, campaigners say.',
      'My first car ran on four star petrol and pumped vast quantities of lead into the atmosphere.',
      'Manufacturers are cutting the use of arsenic, mercury and cadmium in their products.',
      'The European Union will ban the worst of these metals from electronics next year.',
      '"We have cut lead from every board we make," said Jane Hart, a director at the maker.',
      'Recycling schemes for old computers are being set up in several countries.',
    ]).join(' ');
    expect(texts).not.toContain('My first car');
  });

  it.each([
    [
      '"I" further on',
      'Though the plan is costly, I have to disagree with the minister on every count.',
    ],
    [
      '"we" further on',
      "If we've got one in five pensioners below the poverty line, we've got to make the pension more generous.",
    ],
    [
      "a plural's possessive",
      "We've drawn up a pensioners' manifesto for every candidate in the country.",
    ],
  ])('GIVEN a first-person line (%s) THEN it is no point', (_, line) => {
    const s = ok(
      [
        'Pensioner groups have launched a campaign to raise the state pension before the election.',
        line,
        'Ministers said the state pension would rise by more than inflation next year.',
      ].join(' '),
      4,
    );
    expect(s.keyPoints.map((p) => p.text)).not.toContain(line);
    expect(s.keyPoints.map((p) => p.text)).toContain(
      'Ministers said the state pension would rise by more than inflation next year.',
    );
  });

  it('GIVEN "the Europe/Africa Zone I tie" THEN the numeral is no first-person pronoun: the line can be a point', () => {
    const line =
      'Britain will face Israel in the Europe/Africa Zone I tie, which begins in Tel Aviv on Friday.';
    const s = ok(['Britain has named its team for the Davis Cup this weekend.', line].join(' '), 4);
    expect(s.keyPoints.map((p) => p.text)).toContain(line);
  });

  it('GIVEN an interview printed as "Q: …" and "A: …" paragraphs THEN no answer or question is a point', () => {
    const s = ok(
      [
        'Experience has named Junior Gaspard, who joined the ticketing company six years ago, as its new chief executive.',
        'The company sells season-long subscriptions to sports and concert venues across the United States.',
        'Q: How do you prioritize your day?',
        'A: I have been well served in my career by using a famous book on habits as a guide. Meetings get their own block of time each morning.',
        'Q: Favorite live event you have ever attended?',
        'A: Broncos vs. Raiders at Mile High Stadium in the record breaking season.',
        'The company said its new subscription service would launch in the spring in forty venues.',
        'Its revenue rose by a third last year, the company said.',
      ].join('\n\n'),
    );
    const texts = s.keyPoints.map((p) => p.text).join(' ');
    expect(texts).not.toMatch(/Broncos|well served|Meetings get|prioritize/);
  });

  it('GIVEN "In case you …" to the reader, and the writer\'s question with an apostrophe ("New Jersey’s …?") THEN neither is a point', () => {
    const texts = pointTexts([
      'South Dakota has launched an anti-drug campaign whose slogan drew attention on social media on Monday.',
      'In case you are living in the state, chances are you have seen the billboards already.',
      'Remember New Jersey’s epic quest to find a state slogan?',
      'The campaign cost the state $449,000 and was paid for by a federal grant, officials said.',
      'Governor Kristi Noem said the slogan had done its job by getting people to talk about the problem.',
      'Critics said the money would have been better spent on treatment centres.',
    ]).join(' ');
    expect(texts).not.toMatch(/In case you|Remember New Jersey/);
  });

  it('GIVEN a column\'s asides ("And hey, there are not many meets …", "Mind you, every time …") THEN neither is a point', () => {
    const texts = pointTexts([
      'Yelena Isinbayeva produced another world pole vault record at the Birmingham meet on Friday.',
      'And hey, there are not many meets that go by without the Russian breaking a world record.',
      'The 22-year-old cleared 4.88m at her first attempt to beat her own mark by a centimetre.',
      'Mind you, every time she breaks the record she gets $30,000 from the organisers.',
      'Kelly Holmes won the 1,000m in a British record time of 2:32.96.',
      'Jason Gardener finished third in the 60m, his worst result of the indoor season.',
    ]).join(' ');
    expect(texts).not.toMatch(/there are not many meets|Mind you/);
  });

  it('GIVEN a column talking to the reader ("You shouldn\'t just believe them.", "You’ll feel …") THEN neither is a point', () => {
    const texts = pointTexts([
      'The president made an unscheduled trip to a military hospital on Saturday for what aides called a quick exam.',
      "You shouldn't just believe the aides on this one, whatever they say next.",
      'The White House said the visit was the first part of his annual physical.',
      'You’ll feel better about the news once the full results are published next year.',
      'The president is 73 and the oldest person ever elected to a first term.',
      'Doctors said the exam found nothing out of the ordinary, according to a statement.',
    ]).join(' ');
    expect(texts).not.toMatch(/You shouldn't|You’ll feel/);
  });

  it('GIVEN the writer\'s "We’ll start by noting …" (an apostrophe, no quotation mark) THEN it is no point', () => {
    const texts = pointTexts([
      'The city council has approved a plan to close three libraries, officials said on Monday.',
      'We’ll start by noting that the plan was first floated in a budget paper last spring.',
      'The libraries will close in June and their books will move to the central branch.',
      'Campaigners said the closures would hit children and older readers hardest.',
      'The council said it would save £2m a year and keep the buildings for community use.',
    ]).join(' ');
    expect(texts).not.toContain('We’ll start by noting');
  });

  it('GIVEN a quotation in straight single marks, a sentence of it opening on "We’ve" THEN it is the speaker\'s words and can be a point', () => {
    const s = ok(
      [
        'Four off-duty Swedish police officers stopped an assault on a New York subway train.',
        "'We came here for vacation. We’ve been here one day, and we had tickets for a show. We’re no heroes, just tourists,' Erik Lind, a 25-year-old officer from Uppsala, told the New York Post.",
        'The victim was taken to hospital with cuts to his face, police said.',
      ].join(' '),
      4,
    );
    expect(s.keyPoints.map((p) => p.text).join(' ')).toContain('We’ve been here one day');
  });

  it('GIVEN a title in straight single marks before the writer\'s "We’ll …" THEN the title\'s closing mark ends it and the line is no point', () => {
    const texts = pointTexts([
      'A photographer has made a calendar of his son flying through the air to raise money for charity.',
      "Alan Lawrence called the series 'Wil Can Fly' in a post on his blog. We’ll start by noting that the photos took a year to make.",
      'Half of the proceeds will go to two Down Syndrome foundations, he said.',
      'The calendar has already sold more than four thousand copies across the country.',
    ]).join(' ');
    expect(texts).not.toContain('We’ll start by noting');
  });

  it('GIVEN "the players\' union" inside a quotation in straight single marks THEN the possessive does not close it: the next line is still the speaker\'s', () => {
    const s = ok(
      [
        'The captain of the national side has refused to sign the new contract offered by the board.',
        "'The players' union is behind us. We’ll fight this all the way to the courts. Nobody will stop us,' Tom Hale told reporters on Tuesday.",
        'The board said its offer was fair and would not be improved.',
      ].join(' '),
      4,
    );
    expect(s.keyPoints.map((p) => p.text).join(' ')).toContain('We’ll fight this');
  });
});

describe('summarize: a long line with no verb is no point', () => {
  it('GIVEN "Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman." THEN it is no point', () => {
    const texts = ok(
      [
        'Roger Federer beat Lleyton Hewitt in the final of the Masters Cup in Houston on Sunday.',
        'Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.',
        'He won 11 titles from 11 finals during the year, three of them Grand Slams.',
        'Hewitt said the Swiss was the best player he had ever faced.',
      ].join(' '),
      4,
    )
      .keyPoints.map((p) => p.text)
      .join(' ');
    expect(texts).not.toMatch(/nice bloke/);
  });
});

describe('summarize: a noun and its relative clause alone is no point', () => {
  it('GIVEN "An extremely small computer that is designed to bring the Macintosh to the masses." THEN it is no point; "The trains which use the tunnel are run by …" can be', () => {
    const s = ok(
      [
        'The Mac mini is the cheapest Apple computer ever, at £399.',
        'An extremely small computer that is designed to bring the Macintosh to the masses.',
        'The passenger-only trains which use the tunnel are run by a separate company.',
        'The machine comes with the Apple operating system and a suite of software.',
      ].join(' '),
      4,
    );
    const texts = s.keyPoints.map((p) => p.text).join(' ');
    expect(texts).not.toMatch(/An extremely small computer/);
    expect(texts).toMatch(/passenger-only trains which use the tunnel/);
  });
});

describe('summarize: a caption without parentheses is no point', () => {
  it('GIVEN "Pat, 69, pictured left in her fancy dress outfit, enjoys pole dancing …" run into the text THEN no point shows it', () => {
    const s = ok(
      [
        'A widow from Edinburgh who loves to party the night away admits her lifestyle is a far cry from her grandparents.',
        'Pat Ingles, 69, remembers her grandmother sitting by the fire knitting in a pinny and slippers.',
        'In comparison, the retired hairdresser prefers to dress up in outfits and go out drinking until the early hours.',
        "Pat, 69, pictured left in her police woman fancy dress outfit, enjoys pole dancing with friend Julia, 67, right 'I really enjoy myself, I party hard,' she admitted on the Channel 5 show.",
        'Now she is focused on enjoying herself and wants to make the most of the time she has left.',
      ].join(' '),
      4,
    );
    expect(s.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/pictured left/);
  });
});

describe('summarize: a headline made without a title', () => {
  it('GIVEN no title and a caption run into the first sentence THEN the headline is made from the lede, without the caption', () => {
    const s = ok(
      [
        "Barry Beavis, 48, lost his case at the Court of Appeal Millions of motorists face spiralling parking fines after judges ruled yesterday that £85 was not an 'excessively high' penalty for staying too long in a car park.",
        'Barry Beavis launched a legal bid to overturn his fine, saying it was unfair, disproportionate and unenforceable.',
        "But in a landmark ruling, appeal court judges decided the size of the fine was neither 'extravagant or unconscionable'.",
        'Motoring groups reacted in fury to the decision.',
      ].join('\n\n'),
      2,
    );
    expect(s.title).toMatch(/^Millions of motorists face spiralling parking fines/);
    expect(s.title).not.toMatch(/Court of Appeal/);
  });
});

describe('a point that is all quotation, whose speaker was not found', () => {
  it('GIVEN the last sentence of a quotation whose opening mark was lost ("… the plague is coming.”") THEN it is no point: no one is shown saying it', () => {
    const r = summarize(
      {
        text: [
          'A third case of the plague has been reported in China, health officials said on Sunday.',
          'Another reportedly said: Bird flu in the year of the rooster.',
          'Next year is the year of the rat and the plague is coming to every town.”',
          'The plague is treatable with antibiotics, according to the CDC.',
        ].join(' '),
      },
      { points: 4 },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const p of r.value.keyPoints) expect(p.text).not.toMatch(/Next year is the year/);
  });

  it('GIVEN a reopened quotation after "He told BBC Sport:" whose "he" is not resolved THEN the bare quotation is no point of its own', () => {
    const text = [
      "Arsenal's Brazilian midfielder has hit out at the club for stalling over offering him a new contract.",
      '',
      'Edu\'s deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. He told BBC Sport: "I\'m not sure if I want to stay or not because the club have let the situation go on this far. "If they had really wanted to sign me they should have come up with an offer for the midfielder six months before, and that has made me think about the contract."',
      '',
      'The club said talks with the midfielder would resume in January.',
      '',
      'Arsenal play Chelsea on Sunday in the league.',
    ].join('\n');
    const points = ok(text, 4).keyPoints.map((p) => p.text);
    expect(points.some((p) => p.startsWith('"If they had really wanted'))).toBe(false);
    // (The quotation the point shows is closed where the point ends.)
    expect(points[0]).toMatch(/this far\."$/);
  });
});

describe('the writer talking to the reader', () => {
  const budget = (line: string) => [
    'Chancellor Gordon Brown used his Budget on Wednesday to promise council tax refunds of £200 to pensioner households.',
    'He also raised the threshold for stamp duty to £120,000 and froze duty on petrol until September.',
    line,
    'The announcements brought great cheers from Labour MPs, who are now in full election mode.',
    'The Conservatives said the measures were a pre-election bribe that would be clawed back later.',
    'Economists said the Treasury would have to borrow more next year to pay for the measures.',
  ];

  it('GIVEN "So if you are a couple with children, …" THEN it is no point', () => {
    expect(
      fourPointsOf(
        budget(
          "So if you are a couple with children, a pensioner, a patient or a youngster, there was something pulled from Mr Brown's red box for you.",
        ),
      ),
    ).not.toMatch(/if you are a couple/i);
  });

  it('GIVEN a first-person aside with a word in scare quotes THEN it is no point', () => {
    expect(
      fourPointsOf(
        budget(
          'We will say nothing of Mr Brown "poaching" three of the Tory pledges that were announced on Sunday.',
        ),
      ),
    ).not.toMatch(/We will say nothing/);
  });

  it('GIVEN an opening "When you are gunning for glory, …" THEN it is not the lede', () => {
    const s = ok(
      [
        'When you are gunning for glory and ultimate success, keeping the gunpowder dry is essential.',
        "Ireland coach Eddie O'Sullivan gave his squad a ten-week conditioning break before this season's Six Nations Championship.",
        'He decreed after the 2003 World Cup that players should rest for part of every year.',
        'The Irish Rugby Football Union has backed the plan and pays the players centrally.',
      ].join('\n\n'),
    );
    expect(s.lede).not.toMatch(/^When you/);
  });
});

describe('a page line without its full stop', () => {
  it('GIVEN a subheading and a product listing between paragraphs THEN neither is a point', () => {
    const points = fourPointsOf([
      'Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week, forecasters warned on Monday.',
      "Why Delhi's air pollution gets so bad this time of year",
      'The dangerous, dirty air is arising from a mix of weather conditions, urban emissions and rural smoke converging over the capital.',
      'Nintendo Switch Lite with Pokemon Sword or Shield and Case for $238.99',
      'Last week, some air quality monitors maxed out with ratings of 999 and pollution reached 50 times the safe level.',
      'A water conservation law helped fuel the rise in pollution, researchers said.',
    ]);
    expect(points).not.toMatch(/gets so bad this time of year(?!\.)/);
    expect(points).not.toMatch(/Nintendo Switch Lite/);
  });
});

describe('a page telling how it earns, and an aside in brackets', () => {
  it('GIVEN "Disclosure: … may earn a commission …" and a bracketed aside THEN neither is a point', () => {
    const points = fourPointsOf([
      'Apple released the new AirPods Pro this autumn, adding noise cancellation and replaceable tips for a better fit.',
      'Disclosure: ZDNet may earn a commission from some of the products featured on this page.',
      'Sonos speakers have long been considered some of the best home speakers, but none of them was portable until this year.',
      '(We never did settle on one favourite gadget this year, unlike the many readers who wrote in.)',
      'Samsung almost folded the Fold before relaunching it in September with a stronger hinge.',
      'Motorola brought back the Razr as a folding phone with a small outer screen.',
    ]);
    expect(points).not.toMatch(/may earn a commission/);
    expect(points).not.toMatch(/We never did settle/);
  });
});

describe('a point that is all quotation in single marks, whose speaker was not found', () => {
  it("GIVEN \"'The student loan didn't cover even my housing …'\" after an unnamed speaker THEN it is no point of its own", () => {
    const text = [
      'A university undergraduate has claimed that the cost of trying to study in London left her with no other choice than to turn to sex work.',
      '',
      "The young woman said that she did not immediately turn to it but used it as a last resort. She said: 'I started working after my first year and tried various part time jobs in a coffee shop and a pub.",
      '',
      "'The student loan didn't cover even my housing, let alone living expenses, food, books and travel costs for the whole of my second year.'",
      '',
      'Initially she lived in student accommodation in the city but says the work enabled her to afford somewhere better.',
      '',
      'A research project found that more than a fifth of students have thought about working in the sex industry.',
    ].join('\n');
    const points = ok(text, 4).keyPoints.map((p) => p.text);
    expect(points.some((p) => p.startsWith("'The student loan"))).toBe(false);
  });
});

describe("a news agency's photo caption in the text", () => {
  const text = [
    'A spring snowstorm and icy roads caught drivers by surprise on Friday, causing a 39-vehicle pileup near the city and shutting highways during the morning commute.',
    'No serious injuries were reported in the crashes, but tow-truck drivers were kept busy hauling away damaged cars.',
    'A tow truck driver works to clear the scene of a multi-vehicle pileup on Highway 36, Friday near Boulder, Colo.',
    'In Aurora, one person died after being thrown from a car that lost control and rolled on an icy stretch of the interstate.',
    'Near Fort Carson, state troopers responded to a series of rush-hour crashes involving nearly 20 cars.',
    'Forecasters expect the snow to clear by Sunday, when temperatures should rise again.',
  ].join(' ');
  it('GIVEN "A tow truck driver works to clear the scene …, Friday near Boulder, Colo." THEN it is no point; the crashes told in the past are', () => {
    const points = ok(text, 4).keyPoints.map((p) => p.text);
    expect(points.some((p) => /tow truck driver works/.test(p))).toBe(false);
    expect(points.some((p) => /In Aurora, one person died/.test(p))).toBe(true);
  });
});

describe('a fact box of labelled entries in the story', () => {
  const text = [
    'Michael Vaughan has confirmed that he has held talks with the board over becoming the new director of cricket.',
    'The former captain is the favourite on a three-man shortlist ahead of Andrew Strauss and Alec Stewart.',
    'Vaughan spoke with the new chief executive for an hour and looks set to be offered the job.',
    'Andrew Strauss (Age 38) CURRENT JOB: Sky commentator.',
    'SHOW US YOUR MEDALS: Captained England to home-and-away Ashes triumphs.',
    'PLAYERS HE LIKES: A big fan of his former opening partner Alastair Cook, who he insists will score plenty of runs this summer.',
    'REASON IT MIGHT HAPPEN: Widely respected within English cricket for taking the team to the top of the rankings.',
    'The board is expected to announce its choice before the tour of the West Indies.',
  ].join(' ');
  it('GIVEN entries under upper-case labels ("PLAYERS HE LIKES: A big fan of …") THEN none is a point: cut from its label, an entry is a fragment about someone unnamed', () => {
    const points = ok(text, 4).keyPoints.map((p) => p.text);
    expect(
      points.some((p) => /big fan|Captained England|Widely respected|Sky commentator/.test(p)),
    ).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the page asking the reader in', () => {
  it('GIVEN "Tell us what YOU think...", "Sign up for 4 months of …" and "Updated 7 days a week, …" in the text THEN none is a point', () => {
    const s = ok(
      [
        'The 180-page coffee-table book comes with a 10-inch vinyl record featuring seven classic rock tracks.',
        'Updated 7 days a week, 365 days a year.',
        'There is also a download code to get all the tracks as MP3s.',
        'Sign up for 4 months of Amazon Music Unlimited for just $1.',
        'There are some stunning photos in the book, but a few low-resolution images spoil the impression.',
        'Tell us what YOU think...',
        'It is an enjoyable title to leaf through whenever you want to remember how cool bikes are.',
      ].join(' '),
      4,
    );
    const shown = [s.lede, ...s.keyPoints.map((p) => p.text)];
    expect(shown.some((t) => /Tell us|Sign up|Updated 7 days/.test(t))).toBe(false);
  });
});

describe('a quotation that ran on into a photo caption', () => {
  it('GIVEN "…\'It\'s no secret that I am now one of that wealthy minority. Me and Myleene Klass. Comedian Ben Elton, left, took a swipe at …" THEN the quote ends before the caption', () => {
    const s = ok(
      [
        'Two comedians came out in support of Labour at a party rally in Warrington on Saturday night.',
        'Ben Elton took a swipe at Myleene Klass over her criticism of the mansion tax plans.',
        "He said: 'It's no secret that I am now one of that wealthy minority. Me and Myleene Klass. Comedian Ben Elton, left, took a swipe at Myleene Klass, right, during a rally in Warrington Elton lashed out at the glitzy fundraising ball staged by the Conservatives.",
        'The party later thanked its supporters for turning out in such numbers.',
      ].join(' '),
    );
    const quote = s.quotes.find((q) => /wealthy minority/.test(q.text));
    expect(quote?.text).toBe(
      "It's no secret that I am now one of that wealthy minority. Me and Myleene Klass.",
    );
  });
});

describe('summarize: a quotation said again inside a longer one', () => {
  it("GIVEN a caption that quotes again part of what Julia Church said THEN the summary's quotes show her words once", () => {
    const text = [
      'Two friends in their sixties party all night in Menorca, where Julia Church now lives.',
      "Julia said: 'You can't judge others like us, we're not normal, we're crazy. I don't like the thought of getting old, we'll just keep going till we fall to bits.'",
      'The pair met at a dance class in Edinburgh more than twenty years ago and have been friends ever since.',
      "They still go out dancing at least twice a week. 'I don't like the thought of getting old,' Julia said.",
      'The programme about them is on Channel 5 on Wednesdays at 9pm.',
    ].join(' ');
    const r = summarize({ text }, { points: 3 });
    if (!r.ok) throw new Error(r.error.message);
    const hers = r.value.quotes.filter((q) => q.speaker === 'Julia Church');
    expect(hers).toHaveLength(1);
    expect(hers[0]?.text).toContain('fall to bits');
  });
});

describe('summarize: a label that says what its point says', () => {
  it('GIVEN a point whose label would be its own sentence again ("Experts doubt Song\'s visit will yield major breakthroughs") THEN it is shown without a label; a label that condenses a longer point stays', () => {
    const s = ok(sample);
    const experts = s.keyPoints.find((p) => p.text.startsWith('Experts doubt'));
    expect(experts?.label).toBe('');
    const condensed = s.keyPoints.filter((p) => p.label !== '');
    expect(condensed.length).toBeGreaterThanOrEqual(2);
    for (const p of condensed) {
      const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
      expect(words(p.label).length, p.label).toBeLessThan(0.8 * words(p.text).length);
    }
  });
});

describe('summarize: one role per speaker in the quotes', () => {
  it('GIVEN "said William Hill spokesman Rupert Adams" and later "Rupert Adams, a spokesman, added" THEN both quotes describe him the same way, by the fuller role', () => {
    const s = ok(
      [
        'Bookmaker William Hill has suspended betting on the reality show after a rush of bets on one contestant.',
        '"We think somebody somewhere has inside information," said William Hill spokesman Rupert Adams.',
        'The firm had taken hundreds of bets on the singer in less than an hour on Monday morning.',
        'Producers said the voting figures were known only to a handful of staff at the studio.',
        '"They need to look at how many people are privy to the figures," Rupert Adams, a spokesman, added.',
      ].join(' '),
    );
    const roles = s.quotes.filter((q) => q.speaker === 'Rupert Adams').map((q) => q.role);
    expect(roles).toEqual(['William Hill spokesman', 'William Hill spokesman']);
  });
});

describe('summarize: one name per speaker in the quotes', () => {
  it('GIVEN "says JK, also known as Jason King" and later "said Jason King" THEN both quotes are JK\'s, with that role', () => {
    const s = ok(
      [
        'DJ duo JK and Joel are taking over the flagship chart show on Sunday, adding celebrity interviews and banter.',
        '"The chart show is an institution and remains the station\'s most popular show," says JK, also known as Jason King.',
        'The show has been overtaken in popularity by a rival countdown on commercial radio.',
        '"The advantage Joel and I have is that we are a double act," said Jason King.',
        'The pair previously presented the breakfast show on a regional station.',
      ].join(' '),
    );
    expect(s.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['JK', 'also known as Jason King'],
      ['JK', 'also known as Jason King'],
    ]);
  });
});

describe('summarize: the headline made from the lede when the article has none', () => {
  const title = (text: string) => ok(text, 3).title;
  const rest =
    ' The 22-year-old had been jogging near his hotel when he was shot. His parents flew from Melbourne for the hearing. The accused, 17, denies murder and the trial goes on next week.';
  it('GIVEN a lede whose twelfth word leads into the rest ("… broke down in") THEN the headline ends before it', () => {
    expect(
      title(
        `The family of murdered Australian baseball player Chris Lane broke down in court as they listened to an emergency call.${rest}`,
      ),
    ).toBe('The family of murdered Australian baseball player Chris Lane broke down…');
  });
  it('GIVEN a lede whose main clause ends at a comma soon enough THEN the headline is that clause; not a clause that only opens the sentence, nor one "but" turns against', () => {
    expect(
      title(
        `A Darwin woman has become a TV sensation in the Philippines, earning a legion of adoring fans and an award nomination.${rest}`,
      ),
    ).toBe('A Darwin woman has become a TV sensation in the Philippines…');
    expect(
      title(
        `With the new superhero movie released this week, the rugby captain showed off his inner Iron Man in a serious-looking post.${rest}`,
      ),
    ).not.toBe('With the new superhero movie released this week…');
    expect(
      title(
        `The humble honeybee may only be small, but scientists are hoping to use its brain to power a series of drones.${rest}`,
      ),
    ).not.toBe('The humble honeybee may only be small…');
  });
  it('GIVEN a main clause that "after" or "despite" goes on from, without a comma THEN the headline is that clause, not twelve words cut after "ruled yesterday"; a condition ("unless") or a time ("many years after") is no cut', () => {
    expect(
      title(
        `Millions of motorists face spiralling parking fines after judges ruled yesterday that an £85 penalty was fair.${rest}`,
      ),
    ).toBe('Millions of motorists face spiralling parking fines…');
    expect(
      title(
        `Tim Sherwood has urged Aston Villa to man up as he labelled their clash with QPR the club's biggest game for years.${rest}`,
      ),
    ).toBe('Tim Sherwood has urged Aston Villa to man up…');
    expect(
      title(
        `The historic seaside pier in the town will close for good unless a buyer is found by the end of June.${rest}`,
      ),
    ).not.toBe('The historic seaside pier in the town will close for good…');
    expect(
      title(
        `The cost of divorce can wreck retirement many years after the break-up of a marriage, a study has found.${rest}`,
      ),
    ).not.toBe('The cost of divorce can wreck retirement many years…');
  });
  it('GIVEN twelve words that end on "not" ("… scheme pleaded not | guilty …") THEN the headline goes on to what the negation denies, or ends before it', () => {
    expect(
      title(
        `A New York woman running an alleged wife-for-hire immigration scheme pleaded not guilty on Friday to charges that she married ten men.${rest}`,
      ),
    ).toBe(
      'A New York woman running an alleged wife-for-hire immigration scheme pleaded not guilty…',
    );
    expect(
      title(
        `Although the senator boasts a robust 3.6 million Twitter followers, not even a fraction of them are real people, a study says.${rest}`,
      ),
    ).not.toMatch(/\b(?:not|even)…$/);
  });
  it('GIVEN twelve words that end inside a title in quotation marks THEN the headline takes the title whole, or ends before it', () => {
    expect(
      title(
        `Buzz has surrounded HBO's new documentary "Going Clear: Scientology and the Prison of Belief," which premieres on Sunday night.${rest}`,
      ),
    ).toBe(
      'Buzz has surrounded HBO\'s new documentary "Going Clear: Scientology and the Prison of Belief"…',
    );
  });
});

describe('summarize: one figure given twice in other words', () => {
  it('GIVEN a lede "… economy grew by 5.5% in 2004" and a sentence "The commission said the region grew by 5.5% this year" THEN no point says it again', () => {
    const s = ok(
      [
        "Latin America's economy grew by 5.5% in 2004, its best performance since 1980.",
        "The United Nations' Economic Commission for Latin America and the Caribbean said the region grew by 5.5% this year.",
        'The Inter-American Development Bank said regional exports reached $445.1bn in 2004.',
        'Doubts about the strength of the US recovery pose risks for 2005.',
        'Strong recovery in some countries, such as Venezuela and Uruguay, boosted the overall performance of the region.',
        'The commission still forecasts growth of 4% for 2005.',
        'Brazil and Mexico, the two largest economies, both grew faster than expected.',
      ].join(' '),
      4,
    );
    expect(s.keyPoints.map((p) => p.text).filter((t) => /grew by 5\.5%/.test(t))).toEqual([]);
    expect(s.keyPoints.length).toBeGreaterThanOrEqual(3);
  });
});

describe('summarize: one quotation is one point', () => {
  it('GIVEN a statement of five sentences in one quotation, reopened at a new sentence THEN one point shows words wholly inside it, the quotes show the rest', () => {
    const text = [
      'Harbour Town manager Jan Kowal has resigned for "personal reasons".',
      '',
      'The former Poland coach joined the club this summer but now wants to return home. Kowal said: "My time at Harbour Town has been memorable and it is with deep regret that I leave. I wish the club and the supporters all the best. "Private issues in my family have arisen which caused my decision. I very much hope that the wonderful fans will respect my decision." Assistant coach Rosa Lind has been put in temporary charge and will take care of team affairs for the league match against Eastfield.',
      '',
      'The club said it would name a permanent successor before the transfer window opens in January.',
    ].join('\n');
    const s = ok(text, 6);
    const inside = s.keyPoints.filter((p) => /— Jan Kowal$/.test(p.text));
    expect(inside).toHaveLength(1);
    expect(s.keyPoints.map((p) => p.text).join(' ')).toMatch(/Rosa Lind/);
    expect(s.quotes.map((q) => q.text).join(' ')).toMatch(/Private issues in my family/);
  });
});

describe('a caption after "Scroll down for video", run into the story', () => {
  it('GIVEN a caption with no full stop glued to the sentence after the video pointer THEN neither is shown as a point; the same story without the pointer shows that sentence', () => {
    const story = [
      'A series of images capturing the late actor Peter Hale on set for the last time have been released with the film.',
      'In the pictures Hale can be seen laughing and joking with fellow cast members despite a long illness.',
      'The film has been dubbed one of the biggest independent films for decades.',
    ];
    const glued =
      "According to Michael Redwood, inevitable wind-ups surfaced 'whenever the devil inside' Peter Hale needed entertaining Fall of an Empire attempts to pay homage to Saint Katherine Director Michael Redwood paid tribute to Hale.";
    const points = (text: string) => {
      const r = summarize({ text }, { points: 4 });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.keyPoints.map((p) => p.text);
    };
    const withPointer = points(`${story.join(' ')} Scroll down for video ${glued}`);
    expect(withPointer.some((p) => p.includes('entertaining Fall'))).toBe(false);
    expect(withPointer.length).toBeGreaterThan(0);
    expect(points(`${story.join(' ')} ${glued}`).some((p) => p.includes('entertaining'))).toBe(
      true,
    );
  });
});

describe('summarize: a refusal to comment is no point', () => {
  it('GIVEN "A spokesperson for the attorney general declined to comment." THEN no point is that line; "… said it was seeking buyers but refused to comment on specifics" still may be', () => {
    const points = pointTexts([
      'The state attorney general is investigating the office-sharing firm, two people familiar with the matter said.',
      'The company confirmed on Monday that it had been contacted by the office of the attorney general.',
      'A spokesperson for the attorney general declined to comment.',
      'The firm said it was seeking buyers for two of its buildings but refused to comment on specifics.',
      'Its founder resigned as chief executive the previous week.',
    ]);
    expect(points.some((p) => /^A spokesperson .* declined to comment\.$/.test(p))).toBe(false);
    expect(points.some((p) => /refused to comment on specifics/.test(p))).toBe(true);
  });
});

describe('summarize: a stats line is no point', () => {
  it('GIVEN a player\'s lines "1 tackle (1 combined)." and "1 sack, 1 TFL, 1 QH, 1 pass defended." THEN neither is a point; "2 people were killed, 5 were hurt." could be', () => {
    const points = pointTexts([
      'Below, we analyze the snap counts and stats on defense for the Browns game against the Steelers.',
      'Myles Garrett played 40 snaps before he was ejected late in the fourth quarter.',
      '1 tackle (1 combined).',
      '1 sack, 1 TFL, 1 QH, 1 pass defended.',
      'As a defense, the Browns had 11 hits on the quarterback.',
      'The highest-graded player on defense was Joe Schobert, who made nine tackles.',
    ]);
    expect(points.some((p) => /^1 (?:tackle|sack)/.test(p))).toBe(false);
    const news = pointTexts([
      'A bus crashed on the coast road on Monday.',
      '2 people were killed, 5 were hurt.',
      'Police closed the road for six hours.',
    ]);
    expect(news).toContain('2 people were killed, 5 were hurt.');
  });
});

describe('summarize: a question asked after a quotation has closed', () => {
  it("GIVEN \"South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?\" THEN its second half is no point", () => {
    const points = pointTexts([
      "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?",
      'People across the nation are talking about a new anti-drug campaign.',
      'The campaign was launched by the governor on Monday to bring awareness to the meth epidemic.',
      'In the coming weeks, residents will see the campaign on billboards and on radio.',
      "'Why now?' one resident asked, and the governor answered that the epidemic was growing.",
    ]);
    expect(points.some((p) => /Are you guys OK/.test(p))).toBe(false);
  });
});

describe('one quotation is one point', () => {
  /** The points that show part of the quotation. */
  const showing = (s: Summary, parts: readonly RegExp[]) =>
    s.keyPoints.filter((p) => parts.some((re) => re.test(p.text)));

  it('GIVEN a quotation whose sentences each say who speaks (told …: "…" and "…," he added) THEN they are not two points', () => {
    const s = ok(
      [
        'The career of sprinter Maria Lenz is over, says the head of the federation that cleared her of missing a drugs test.',
        '',
        'Federation head Paulo Serra told the country\'s parliament: "I believe Lenz will not race again. "The damage to her sponsorship deals has been done," he added. Athletics chiefs are still considering their response to the ruling.',
        '',
        "The world governing body said it would decide within a month whether to appeal against the federation's decision.",
      ].join('\n'),
      4,
    );
    expect(showing(s, [/will not race again/, /damage to her sponsorship/])).toHaveLength(1);
  });

  it("GIVEN a point of two sentences whose second opens a quotation THEN the quotation's next sentence, which leans on it, is no point of its own", () => {
    const s = ok(
      [
        "Former coach Tom Harland has offered the league leaders' manager Luis Prado some advice on coping with pressure.",
        '',
        'The pair worked together at two clubs and Harland had a word of warning for his former assistant. "It has all gone well for him lately and that is marvellous, but sometimes you have to learn how to lose," said Harland. "It is when it goes against you that you learn, and he will get it right."',
        '',
        'Harland was speaking after being granted the freedom of his home city on Monday.',
      ].join('\n'),
      4,
    );
    expect(showing(s, [/learn how to lose/, /It is when it goes against you/])).toHaveLength(1);
  });

  it('GIVEN a quotation in single marks, its first and last sentences in the marks THEN its sentences are one point at most', () => {
    const s = ok(
      [
        'Former captain Alan Reeve has said he would be interested in becoming the new director of the national team.',
        '',
        'Reeve, who played in a record 133 Tests, has not yet been approached by the board.',
        '',
        "Reeve made clear he would want a clear definition of the role. 'If you do well, you get patted on the back, and if you do not, you get moved on. To me, that is straightforward. But if there are too many pieces in the jigsaw, people can hide. I am not one for hiding.'",
      ].join('\n'),
      4,
    );
    expect(
      showing(s, [/If you do well/, /straightforward/, /pieces in the jigsaw/, /one for hiding/]),
    ).toHaveLength(1);
  });

  it('GIVEN a quoted sentence that opens on "But" (quoted "But if they accept the ruling …," he added) THEN it is no point without the sentence of the quotation before it', () => {
    const s = ok(
      [
        'The world anti-doping agency will appeal against the acquittal of two sprinters on doping charges, if the athletics federation does not.',
        '',
        'The pair were cleared of charges relating to missing drugs tests by their national federation last week. Agency chief Ray Bowden said: "I am convinced the federation will appeal against the decision, and we will support them. "But if they accept the ruling we will go before the Court of Arbitration for Sport," he added.',
        '',
        "The sprinters' lawyer reacted angrily to the comments.",
        '',
        'An independent tribunal ruled that the pair had not been told that they needed to attend a test in Athens.',
      ].join('\n'),
      4,
    );
    for (const p of s.keyPoints) expect(p.text).not.toMatch(/^"But if they accept/);
  });

  it("GIVEN a sentence in the middle of a quotation whose speaker is not found THEN it is no point: shown alone it reads as the writer's words", () => {
    const s = ok(
      [
        'Wales came from behind to beat Italy 38-8 in Rome and stay top of the Six Nations table.',
        '',
        'Double try scorer Martyn Davies was keen not to talk about a possible Grand Slam for Wales. "We have got more self-belief these days. Two or three years ago we might have collapsed after going behind so early.',
        '',
        '"There is no mention of a Grand Slam among the players."',
        '',
        'Italy had led 8-0 after 20 minutes through a try by their captain.',
        '',
        'Wales play Scotland at Murrayfield in two weeks.',
      ].join('\n'),
      4,
    );
    for (const p of s.keyPoints) expect(p.text).not.toMatch(/^Two or three years ago/);
  });
});
