import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/summarizer/clean-article.js';
import { summarize } from '../../src/summarizer/summarize.js';

const allText = (c: ReturnType<typeof cleanArticle>) => c.paragraphs.map((p) => p.text).join('\n');

describe('cleanArticle', () => {
  it('GIVEN photo captions with credits THEN they are removed and counted', () => {
    const c = cleanArticle(
      [
        'The mayor resigned on Monday after a week of protests over the budget.',
        '',
        'The mayor speaks to reporters outside City Hall. (AP Photo/Jane Doe)',
        'Protesters gather on the square. (Photo: John Roe/The Courier)',
        'Image caption: The square on Sunday',
        'Her deputy will lead the city until a special election in March.',
      ].join('\n'),
    );
    expect(allText(c)).not.toMatch(/AP Photo|Photo:|Image caption/);
    expect(c.removed.filter((r) => r.reason === 'caption')).toHaveLength(3);
    expect(allText(c)).toContain('Her deputy will lead the city');
  });

  it('GIVEN bulleted items on the lines after a paragraph THEN each item is a paragraph of its own', () => {
    const c = cleanArticle(
      [
        'Success here could see Rovers in the semi-finals without having played Premiership opposition.',
        ' - BURNLEY make the eight mile journey to their fierce rivals, determined to win the tie.',
        ' - Burnley are yet to concede a goal in this Cup run, and their keeper is in form.',
      ].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'Success here could see Rovers in the semi-finals without having played Premiership opposition.',
      '- BURNLEY make the eight mile journey to their fierce rivals, determined to win the tie.',
      '- Burnley are yet to concede a goal in this Cup run, and their keeper is in form.',
    ]);
  });

  it('GIVEN a line repeated verbatim THEN only the first copy stays', () => {
    const line = 'Officials said the bridge would reopen in the spring after repairs.';
    const c = cleanArticle(`${line}\n\n${line}\n\nTraffic will use the ferry until then.`);
    expect(allText(c).split(line)).toHaveLength(2);
    expect(c.removed).toEqual([{ text: line, reason: 'duplicate' }]);
  });

  it('GIVEN licensing footers, bylines and web cruft THEN they go, story text stays', () => {
    const c = cleanArticle(
      [
        'By Jane Roe',
        '',
        'Advertisement',
        'The council approved the plan by seven votes to two on Tuesday night.',
        'Read more',
        'Share this article',
        "Critics said the council should read more of the residents' letters before voting.",
        '',
        'This article was written by Jane Roe from Agence France Presse and was legally licensed through the NewsCred publisher network. Please direct all licensing questions to',
        '',
        'Show Full Article',
      ].join('\n'),
    );
    const text = allText(c);
    expect(text).not.toMatch(/Advertisement|legally licensed|Show Full Article|^By Jane Roe/m);
    expect(text).toContain('approved the plan');
    // "read more" inside a story sentence is story text, not cruft.
    expect(text).toContain("should read more of the residents' letters");
    expect(c.removed.map((r) => r.reason).sort()).toEqual([
      'byline',
      'cruft',
      'cruft',
      'cruft',
      'cruft',
      'footer',
    ]);
  });

  it('GIVEN AFP-style section markers THEN they become headings, not sentences', () => {
    const c = cleanArticle(
      "Headline Of The Story\n\nFirst paragraph of the story is here.\n\n- Ties at 'lowest point' -\n\nSecond part starts here.\n\n- 'Freeze for freeze' -\n\nThird part.",
    );
    expect(c.title).toBe('Headline Of The Story');
    expect(c.headings).toEqual(["Ties at 'lowest point'", 'Freeze for freeze']);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([
      undefined,
      "Ties at 'lowest point'",
      'Freeze for freeze',
    ]);
    expect(allText(c)).not.toContain('lowest point');
  });

  it('GIVEN wire and Daily Mail tags THEN the tag goes and the sentence stays', () => {
    const cnn = cleanArticle('LONDON, England (CNN) -- Floods closed the main road on Sunday.');
    expect(allText(cnn)).toBe('Floods closed the main road on Sunday.');
    expect(
      allText(
        cleanArticle('Hong Kong (CNN Business)A muddled view of trade talks weighs on investors.'),
      ),
    ).toBe('A muddled view of trade talks weighs on investors.');
    const partner = cleanArticle(
      '(The Hollywood Reporter)Stan Freberg, the comic and adman, has died at 88.',
    );
    expect(allText(partner)).toBe('Stan Freberg, the comic and adman, has died at 88.');
    expect(allText(cleanArticle('(EW.com) -- The show returns in May.'))).toBe(
      'The show returns in May.',
    );
    // A parenthesis that is part of the sentence stays.
    expect(allText(cleanArticle('(Almost) everyone agreed with the plan.'))).toBe(
      '(Almost) everyone agreed with the plan.',
    );
    const dm = cleanArticle(
      'By . Daily Mail Reporter . PUBLISHED: . 10:41 EST, 3 March 2014 . | . UPDATED: . 11:02 EST, 3 March 2014 . A pensioner won the lottery twice in one week.',
    );
    expect(allText(dm)).toBe('A pensioner won the lottery twice in one week.');
    expect(dm.removed[0]?.reason).toBe('byline');
  });

  it('GIVEN a column\'s credit at the end of the page ("Dear Abby is written by …") THEN it goes; the same words in the story ("The film is written by …") stay', () => {
    const column = [
      'My husband of more than 20 years just purchased plane tickets to India for both of us.',
      'You have a right to be upset at your husband for the seats he has arranged for you.',
      'Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips.',
    ].join('\n\n');
    expect(allText(cleanArticle(column))).not.toContain('Dear Abby is written by');
    const story = [
      'The studio has announced a sequel to its hit science-fiction film for next summer.',
      'The Sequel is written by Charlie Kaufman, who wrote the first film.',
      'Filming begins in Budapest in March, the studio said in a statement.',
      'The cast has not yet been announced, and the budget was not disclosed.',
    ].join('\n\n');
    expect(allText(cleanArticle(story))).toContain('The Sequel is written by Charlie Kaufman');
  });

  it('GIVEN a pull quote, a short paragraph a later one quotes word for word THEN it goes and the paragraph that says who said it stays; a sentence said once stays', () => {
    const c = cleanArticle(
      [
        'The merger of the two newspaper chains became final on Tuesday, creating the largest chain in the country.',
        'Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry.',
        'Executives say the deal will save money by sharing printing plants and newsrooms.',
        '“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry,” says industry analyst Ken Doctor.',
      ].join('\n\n'),
    );
    const text = allText(c);
    expect(text.match(/Since 2008/g)).toHaveLength(1);
    expect(text).toContain('says industry analyst Ken Doctor');
    expect(text).toContain('Executives say the deal will save money');
  });

  it('GIVEN a wire dateline opening the story ("MADRID —", "CLEVELAND, Ohio –") THEN it goes; a three-letter subject ("NHS - The service …") and a dash later in the story stay', () => {
    expect(allText(cleanArticle('MADRID — Rafael Nadal kept Spain alive.\n\nSpain won 2-1.'))).toBe(
      'Rafael Nadal kept Spain alive.\nSpain won 2-1.',
    );
    const cleveland = cleanArticle('CLEVELAND, Ohio – The Doobie Brothers will tour in 2020.');
    expect(allText(cleveland)).toBe('The Doobie Brothers will tour in 2020.');
    expect(cleveland.removed[0]?.reason).toBe('dateline');
    expect(
      allText(cleanArticle('New York, NY – My6sense is adding Ivan Braiker to its team.')),
    ).toBe('My6sense is adding Ivan Braiker to its team.');
    expect(allText(cleanArticle('NHS - The service is under pressure, doctors warn.'))).toBe(
      'NHS - The service is under pressure, doctors warn.',
    );
    expect(
      allText(
        cleanArticle(
          'Talks between the two sides resumed in Brussels on Monday.\n\nLONDON - The pound rose on the news.',
        ),
      ),
    ).toBe(
      'Talks between the two sides resumed in Brussels on Monday.\nLONDON - The pound rose on the news.',
    );
  });
});

describe('cleanArticle drops team sheets', () => {
  it('GIVEN a match report with line-ups, bookings, scorers and the referee THEN only the report is left', () => {
    const text = [
      'Lita scored twice as Reading beat MK Dons 2-1 in the FA Cup third round on Saturday.',
      'Phillips, Amankwaah, Coles, Hill, Murray (Anyinsah 59), Doherty (Harley 45), Lita (Cotterill 72), Gillespie. Subs Not Used: Orr, Brown.',
      'Hill.',
      'Lita 45, 52.',
      'T Parkes (W Midlands).',
      'Smith, the club captain, said the win was deserved.',
    ].join('\n\n');
    const c = cleanArticle(text);
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'Lita scored twice as Reading beat MK Dons 2-1 in the FA Cup third round on Saturday.',
      'Smith, the club captain, said the win was deserved.',
    ]);
  });
});

describe('cleanArticle mends sentences a scrape broke at lost links', () => {
  it('GIVEN a sentence in pieces, each its own paragraph THEN they are one paragraph again', () => {
    const c = cleanArticle(
      [
        'He said: "The role they took was not the appropriate one, like an',
        'agent provocateur',
        'and perhaps creating a situation where it looked like the nationalists were responsible."',
        'The programme also heard from a former minister.',
      ].join('\n\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'He said: "The role they took was not the appropriate one, like an agent provocateur and perhaps creating a situation where it looked like the nationalists were responsible."',
      'The programme also heard from a former minister.',
    ]);
    expect(c.headings).toEqual([]);
  });

  it('GIVEN a piece whose start is lost after a finished sentence THEN it is removed, not shown', () => {
    const c = cleanArticle(
      [
        'All four English clubs reached the knockout stages for the first time.',
        'AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.',
        'who had already qualified, fielded a second-string side and went down 3-0.',
        ', who had also qualified, lost 2-1 to Porto.',
        'The draw takes place on 17 December.',
      ].join('\n\n'),
    );
    expect(allText(c)).not.toMatch(/who had/);
    expect(c.removed.filter((r) => r.reason === 'cruft' && /who had/.test(r.text))).toHaveLength(2);
    expect(allText(c)).toContain('The draw takes place on 17 December.');
  });
});

describe('cleanArticle drops list entries printed under a story', () => {
  it('GIVEN award winners as "Name (show, channel)" lines THEN they go, the story stays', () => {
    const c = cleanArticle(
      [
        'Little Britain has triumphed over The Office at the British Comedy Awards.',
        "Ant & Dec (Ant & Dec's Saturday Night Takeaway/ I'm A Celebrity, Get Me Out Of Here!, ITV1)",
        'Matt Lucas (Little Britain, BBC Three)',
        'The ceremony was hosted by Jonathan Ross (who also won an award).',
      ].join('\n\n'),
    );
    expect(allText(c)).not.toMatch(/ITV1|BBC Three/);
    expect(allText(c)).toContain('hosted by Jonathan Ross (who also won an award).');
  });
});

describe('quotations marked with two apostrophes', () => {
  it("GIVEN ''quotes like this'' THEN the quotation is found, split from the narration around it, and its speaker named", async () => {
    const { summarize } = await import('../../src/summarizer/summarize.js');
    const r = summarize(
      {
        text: [
          'Harbour Town have been thrown out of the county cup after fielding an ineligible player in the second round.',
          '',
          "The league upheld its decision on Wednesday. ''We will take this to the courts,'' said Harbour boss Tom Reid. ''This is a big issue for a small club.",
          '',
          'The club has until Friday to lodge an appeal with the county association.',
        ].join('\n'),
      },
      { points: 4 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.quotes.map((q) => q.speaker)).toContain('Tom Reid');
    expect(r.value.keyPoints.map((p) => p.text).join('\n')).not.toContain("''");
  });
});

describe('character references in plain text', () => {
  it('GIVEN "caf&#233;", "&lt;" and "&amp;" copied out of a page source THEN the characters they stand for', () => {
    const c = cleanArticle(
      'I can sit in a caf&#233; or a library &amp; write, he said, about the &lt;blink&gt; tag and the &#x20AC;5 fee.',
    );
    expect(allText(c)).toBe(
      'I can sit in a café or a library & write, he said, about the <blink> tag and the €5 fee.',
    );
  });

  it('GIVEN two curly single marks for a double one ("…voters,’’ Will Moy told the BBC.") THEN one double mark, so the quotation is found whole and said by its speaker', () => {
    const text = [
      "Britain's Conservative Party was accused on Wednesday of trying to deceive voters during a televised debate.",
      'Organizations that seek to combat political misinformation cried foul.',
      '“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.',
      '“We make no apology for having an instant rebuttal,” Dominic Raab told the BBC.',
      'Prime Minister Boris Johnson said: “Look what I have delivered.”',
    ].join('\n\n');
    expect(allText(cleanArticle(text))).toContain('mislead voters,” Will Moy');
    const r = summarize({ text }, { points: 4 });
    if (!r.ok) throw new Error(r.error.message);
    const point = r.value.keyPoints.find((p) => p.text.includes('mislead voters'))?.text ?? '';
    expect(point).not.toMatch(/Boris Johnson|Dominic Raab/);
    expect(r.value.quotes.find((q) => q.text.includes('mislead voters'))?.speaker).toBe('Will Moy');
  });

  it("GIVEN a closing curly mark where a quotation opens ('Another said: ”Bird flu … coming.”') THEN it opens it: the quotation is one sentence, not its last half alone", () => {
    const text = [
      'A third case of the plague has been reported in China, health officials said on Sunday.',
      'One user on Weibo posted: “How did these two come to Beijing?”',
      'Another reportedly said: ”Bird flu in the year of the rooster. Next year is the year of the rat, the plague is coming.”',
      'The plague is treatable with antibiotics, according to the CDC.',
    ].join('\n\n');
    expect(allText(cleanArticle(text))).toContain('said: “Bird flu');
    const r = summarize({ text }, { points: 4 });
    if (!r.ok) throw new Error(r.error.message);
    for (const p of r.value.keyPoints) expect(p.text).not.toMatch(/^"?Next year is the year/);
  });

  it('GIVEN a curly double quotation closed by a single mark ("“It was … voters,’ Will Moy told the BBC.") THEN it is closed there, and the words are Will Moy\'s, not the next speaker\'s; a single quotation inside a double one stays', () => {
    const text = [
      "Britain's Conservative Party was accused on Wednesday of trying to deceive voters during a televised debate.",
      '“It was an attempt to mislead voters,’ Will Moy, chief executive of Full Fact, told the BBC.',
      '“We make no apology for having an instant rebuttal,” Dominic Raab told the BBC.',
    ].join('\n\n');
    expect(allText(cleanArticle(text))).toContain('mislead voters,” Will Moy');
    const r = summarize({ text }, { points: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.quotes.find((q) => q.text.includes('mislead voters'))?.speaker).toBe('Will Moy');
    expect(
      allText(cleanArticle('“He said ‘no way,’ and left the room,” the manager told reporters.')),
    ).toBe('“He said ‘no way,’ and left the room,” the manager told reporters.');
  });

  it('GIVEN a reference to a control character or an unknown name THEN it is left as written', () => {
    expect(
      allText(cleanArticle('Odd text &#7; and &bogus; stay as they are in this sentence.')),
    ).toBe('Odd text &#7; and &bogus; stay as they are in this sentence.');
  });
});

describe('a page pasted as text: its headline, byline and time stamp', () => {
  const pasted = [
    'Ferry services suspended as storm hits the coast',
    'By Amy Clarke, Coast Reporter',
    'Published 3 hours ago',
    'Share',
    'All ferry services between the islands and the mainland have been cancelled because of high winds.',
    '',
    'The operator said gusts of up to 80mph were expected until Thursday evening.',
    'Updated: 5 March 2024, 10:32 GMT',
    '',
    'Passengers have been told to check the website before travelling.',
  ].join('\n');

  it('GIVEN a headline line over a byline and "Published 3 hours ago" THEN the headline is the title and the time stamps go', () => {
    const c = cleanArticle(pasted);
    expect(c.title).toBe('Ferry services suspended as storm hits the coast');
    expect(allText(c)).not.toMatch(/Published|Updated|ago|Ferry services suspended/);
    expect(c.removed.filter((r) => r.reason === 'timestamp')).toHaveLength(2);
  });

  it('GIVEN that page summarized THEN the lede is the first sentence alone, under the headline', () => {
    const s = summarize({ text: pasted });
    expect(s.ok && s.value.title).toBe('Ferry services suspended as storm hits the coast');
    expect(s.ok && s.value.lede).toBe(
      'All ferry services between the islands and the mainland have been cancelled because of high winds.',
    );
  });

  it('GIVEN a first line that a sentence of the story follows in its block (wrapped text) THEN it is no title', () => {
    const c = cleanArticle(
      [
        'All ferry services between the islands and the mainland',
        'have been cancelled because of high winds, the operator said.',
        '',
        'Passengers have been told to check the website before travelling.',
      ].join('\n'),
    );
    expect(c.title).toBeUndefined();
  });
});

describe('a bulleted list after a sentence that ends on a colon', () => {
  it('GIVEN "The development will include:" and three short items THEN they end that sentence, none is lost or made a heading', () => {
    const c = cleanArticle(
      [
        'Plans to build 4,000 homes near Oxford have been approved by the government.',
        '',
        'The development will include:',
        '',
        '- 1,600 affordable homes',
        '- two primary schools and a secondary school',
        '- a new railway station on the Cotswold line',
        '',
        'Campaigners said the decision ignored the views of thousands of residents.',
      ].join('\n'),
    );
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'Plans to build 4,000 homes near Oxford have been approved by the government.',
      'The development will include: 1,600 affordable homes; two primary schools and a secondary school; a new railway station on the Cotswold line.',
      'Campaigners said the decision ignored the views of thousands of residents.',
    ]);
    expect(c.headings).toEqual([]);
  });

  it('GIVEN short items after a sentence with no colon THEN each is a paragraph of its own, not the heading of what follows', () => {
    const c = cleanArticle(
      [
        'The chancellor is expected to announce several measures.',
        '',
        '- A freeze on petrol duty',
        '- Possible help for pensioners',
        '',
        'Treasury officials have said there will be no giveaway.',
      ].join('\n'),
    );
    expect(c.headings).toEqual([]);
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'The chancellor is expected to announce several measures.',
      '- A freeze on petrol duty',
      '- Possible help for pensioners',
      'Treasury officials have said there will be no giveaway.',
    ]);
    expect(c.paragraphs.every((p) => p.heading === undefined)).toBe(true);
  });
});

describe('a straight double quotation closed by a single mark', () => {
  it("GIVEN '\"… a bit more.' The orchestra strikes up …' THEN the quotation closes there, and the narration after it is no one's words", () => {
    const text = [
      'Bill Conti has conducted the Oscars orchestra 17 times.',
      '',
      '"The excitement is a live performance," he says. "All the important people are there. "I guess it\'s just a television show but we always think it\'s a bit more.\' The orchestra strikes up more than 110 times during the average Oscars show.',
    ].join('\n');
    expect(allText(cleanArticle(text))).toContain('it\'s a bit more." The orchestra strikes up');
    const r = summarize({ text }, { points: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.quotes.some((q) => q.text.includes('orchestra strikes up'))).toBe(false);
  });
});

describe('a CNN page pasted as text: the dateline on a line of its own, "Ad Feedback", "Link Copied!"', () => {
  const pasted = [
    'Business',
    'Boeing to pay $2.5 billion fine over 737 Max safety failures',
    'By Chris Isidore, CNN',
    'Updated 3:45 PM EDT, Tue June 4, 2024',
    'Link Copied!',
    'Ad Feedback',
    'New York CNN —',
    'Boeing has agreed to pay $2.5 billion to settle a criminal charge, the Justice Department said Thursday.',
    '',
    'The settlement includes a $244 million fine and a $500 million fund for the families of the victims.',
    '',
    'Ad Feedback',
    'Go deeper: Tech layoffs hit 2024',
  ].join('\n');

  it("GIVEN it THEN the lede is the story's first sentence, with no furniture or dateline run into it", () => {
    const r = summarize({ text: pasted }, { points: 2 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lede).toBe(
      'Boeing has agreed to pay $2.5 billion to settle a criminal charge, the Justice Department said Thursday.',
    );
    const c = cleanArticle(pasted);
    expect(allText(c)).not.toMatch(/Ad Feedback|Link Copied|CNN —|Go deeper/);
  });

  it('GIVEN "CNN" inside a sentence ("a CNN poll - taken last week - found …") THEN the sentence stays whole', () => {
    const line =
      'A CNN poll taken last week found that 60% of voters back the plan, up from 52% in May.';
    expect(allText(cleanArticle(line))).toBe(line);
  });
});

describe("an explainer's headline that asks", () => {
  it('GIVEN "Energy price cap: What is changing and how much will I pay?" alone on the first line THEN it is the title, not a sentence', () => {
    const c = cleanArticle(
      [
        'Energy price cap: What is changing and how much will I pay?',
        '',
        'The energy price cap will rise by 6% from 1 January, the regulator Ofgem has announced.',
        '',
        'A typical household will pay £1,758 a year, up from £1,668, Ofgem said.',
      ].join('\n'),
    );
    expect(c.title).toBe('Energy price cap: What is changing and how much will I pay?');
    expect(allText(c)).not.toContain('What is changing');
  });

  it('GIVEN a story that opens on a question of its own ("Is this the end of the high street?") THEN the question stays the story\'s', () => {
    const c = cleanArticle(
      [
        'Is this the end of the high street?',
        '',
        'Three more chains closed stores in the town centre this week, leaving 40 units empty.',
        '',
        'The council said it would cut business rates for new tenants.',
      ].join('\n'),
    );
    expect(c.title).toBeUndefined();
    expect(allText(c)).toContain('Is this the end of the high street?');
  });
});

describe('a page pasted as text: headline, standfirst, a byline without "By", a date line and credited captions', () => {
  const pasted = [
    'Council fined £2m over landfill leak',
    'The authority admitted failing to stop polluted water reaching a river for three years',
    'Tom Reeve Environment reporter',
    'Tue 14 May 2024 09.12 BST',
    'A county council has been fined £2m after polluted water from one of its landfill sites leaked into a river for three years.',
    '',
    'The river runs past two villages. Photograph: Jane Hale/Alamy',
    'The judge said the council had ignored repeated warnings from its own engineers.',
  ].join('\n');

  it('GIVEN them THEN the headline is the title, and the standfirst, the byline, the date and the caption go', () => {
    const c = cleanArticle(pasted);
    expect(c.title).toBe('Council fined £2m over landfill leak');
    expect(c.removed.map((r) => r.reason)).toEqual([
      'standfirst',
      'byline',
      'timestamp',
      'caption',
    ]);
    expect(allText(c)).toBe(
      [
        'A county council has been fined £2m after polluted water from one of its landfill sites leaked into a river for three years.',
        'The judge said the council had ignored repeated warnings from its own engineers.',
      ].join('\n'),
    );
  });

  it('GIVEN a story line that names a person and a job, or a date inside a sentence THEN it stays', () => {
    const c = cleanArticle(
      [
        'The council said the leak had been fixed by the end of last year.',
        'Jane Hale, the reporter who first wrote about the leak in March 2021, said she had been threatened.',
      ].join('\n'),
    );
    expect(c.removed).toEqual([]);
  });
});

describe("a wire story's closing notes", () => {
  it('GIVEN "… contributed to this report." and a correction note THEN both go; a sentence about a report stays', () => {
    const c = cleanArticle(
      [
        'A federal judge on Tuesday blocked a state law that would have restricted street performances.',
        'The governor said the report had been contributed to by every agency.',
        '',
        'Associated Press writer Dana Lee contributed to this report.',
        '',
        'This story has been corrected to show that the law was signed in June, not May.',
      ].join('\n'),
    );
    expect(c.removed.map((r) => r.reason)).toEqual(['footer', 'footer']);
    expect(allText(c)).toContain('The governor said the report had been contributed to');
  });
});

describe("a Reuters story's dateline and credits", () => {
  it('GIVEN "LONDON, April 3 (Reuters) - …" and "(Reporting by …; Editing by …)" THEN both go and the story opens on its first words', () => {
    const c = cleanArticle(
      [
        'LONDON, April 3 (Reuters) - Oil prices rose about 4% on Monday after producers announced a surprise cut.',
        '',
        'Brent crude futures were up $3.14 at $83.03 a barrel by 1030 GMT.',
        '',
        '(Reporting by Sam Hill; Editing by Jo Park)',
      ].join('\n'),
    );
    expect(c.removed.map((r) => r.reason)).toEqual(['source-tag', 'footer']);
    expect(c.paragraphs[0]?.text).toMatch(/^Oil prices rose/);
  });
});

describe('a page pasted as text, the New York Times way', () => {
  const pasted = [
    'Advertisement',
    'SKIP ADVERTISEMENT',
    'Supported by',
    'Town Will Close Two Pools as Repair Bills Rise',
    'The closures, which officials called a last resort, would save about $400,000 a year.',
    'Listen to this article · 4:02 min Learn more',
    'Share full article',
    'By Lena Hart',
    'Reporting from Dayton, Ohio',
    'June 3, 2024',
    'Dayton will close two of its five public pools this summer, the city said on Monday.',
    'A lifeguard at the Westwood pool on Sunday. Credit: Sam Ng for The New York Times',
    'Several council members said they would vote against the plan.',
    'Lena Hart covers Ohio for The Times.',
    'A version of this article appears in print on June 4, 2024, Section A, Page 12.',
  ].join('\n');

  it('GIVEN furniture above and below the story THEN the headline is the title and only the story is left', () => {
    const c = cleanArticle(pasted);
    expect(c.title).toBe('Town Will Close Two Pools as Repair Bills Rise');
    expect(allText(c)).toBe(
      'Dayton will close two of its five public pools this summer, the city said on Monday. Several council members said they would vote against the plan.',
    );
  });
});

describe('a page pasted as text, the BBC way', () => {
  it('GIVEN "Save", a byline on two lines, "Media caption, …" and the links under "Related topics" THEN only the story is left', () => {
    const c = cleanArticle(
      [
        'Bus drivers to strike over pay in March',
        '3 hours ago',
        'Share',
        'Save',
        'Ann Price',
        'Transport correspondent',
        'Bus drivers at six companies will walk out on 3 and 5 March, the union has said.',
        '',
        'Media caption, Watch: the union leader on the strike',
        'The companies said the strike was unnecessary.',
        'Related topics',
        'Bus strikes',
        'More from the BBC',
        'Bus fares to rise by 5% in March',
      ].join('\n'),
    );
    expect(c.title).toBe('Bus drivers to strike over pay in March');
    expect(allText(c)).toBe(
      [
        'Bus drivers at six companies will walk out on 3 and 5 March, the union has said.',
        'The companies said the strike was unnecessary.',
      ].join('\n'),
    );
  });
});

describe('a live page pasted as text', () => {
  it('GIVEN posts stamped "10:45 GMT" with a heading each THEN the times go and each heading heads its post', () => {
    const c = cleanArticle(
      [
        'Storm hits the coast: thousands without power',
        '10:45 GMT',
        'Power cuts hit 150,000 homes',
        'About 150,000 homes are without power after gusts of up to 104mph overnight.',
        '10:32 GMT',
        'Schools closed across the county',
        'More than 200 schools are closed today because of the storm, the council said.',
      ].join('\n'),
    );
    expect(c.title).toBe('Storm hits the coast: thousands without power');
    expect(c.paragraphs).toEqual([
      {
        text: 'About 150,000 homes are without power after gusts of up to 104mph overnight.',
        heading: 'Power cuts hit 150,000 homes',
      },
      {
        text: 'More than 200 schools are closed today because of the storm, the council said.',
        heading: 'Schools closed across the county',
      },
    ]);
  });
});

describe('a page pasted as text, the Washington Post and Bloomberg ways', () => {
  it('GIVEN stamps set apart by a bar, "Gift Article", "Story continues below advertisement", a "Most Read" list and the closing notes THEN only the story is left', () => {
    const c = cleanArticle(
      [
        'Senate passes bill on river cleanup',
        'By Ann Lowe',
        'Updated April 23, 2024 at 10:02 p.m. EDT|Published April 23, 2024 at 9:26 p.m. EDT',
        'Gift Article',
        'The Senate voted 79-18 on Tuesday to pass a bill to clean up the river.',
        'Story continues below advertisement',
        'Most Read from Bloomberg',
        'Stocks Rally as Traders Await Fed',
        'The bill gives the state nine months to draw up a plan.',
        '— With assistance from Jo Park',
        '(Updates with vote count in first paragraph.)',
      ].join('\n'),
    );
    expect(c.title).toBe('Senate passes bill on river cleanup');
    expect(allText(c)).toBe(
      'The Senate voted 79-18 on Tuesday to pass a bill to clean up the river. The bill gives the state nine months to draw up a plan.',
    );
  });
});

describe('a page pasted as text, the Sky News way', () => {
  it('GIVEN a byline with a handle, a date ending ", UK", "Image: … Pic: PA", the player notice and a "Read more from …" link THEN only the story is left', () => {
    const c = cleanArticle(
      [
        'Airport strike called off after pay deal',
        'Emma Stone',
        'News reporter @emmastone',
        'Thursday 28 March 2024 11:24, UK',
        "Image: Passengers at the airport's Terminal 5. Pic: PA",
        'Please use Chrome browser for a more accessible video player',
        'Why you can trust Sky News',
        'Security officers at the airport have called off a planned strike, the union has said.',
        'Read more from Sky News:',
        'Train strikes: Which lines are affected?',
        'About 2,000 officers had been due to walk out from Friday.',
        'Download the Sky News app for free',
      ].join('\n'),
    );
    expect(c.title).toBe('Airport strike called off after pay deal');
    expect(allText(c)).toBe(
      'Security officers at the airport have called off a planned strike, the union has said. About 2,000 officers had been due to walk out from Friday.',
    );
  });
});

describe("a page pasted as text, with the section's name over the headline", () => {
  it('GIVEN "UK News", the headline, the standfirst and a byline on two lines ("Jane Kirby" / "PA Health Editor") THEN the headline is the title and the first sentence opens the story', () => {
    const c = cleanArticle(
      [
        'UK News',
        'Hospital waiting list falls for first time in a year',
        'The number of patients waiting for routine treatment has fallen to 7.5 million',
        'Jane Kirby',
        'PA Health Editor',
        'Thursday 14 March 2024 10:15 GMT',
        'Sign up for our free Health Check email',
        'The number of people waiting for routine hospital treatment has fallen for the first time in a year, figures show.',
        'More about',
        'NHS',
        'Join our commenting forum',
      ].join('\n'),
    );
    expect(c.title).toBe('Hospital waiting list falls for first time in a year');
    expect(allText(c)).toBe(
      'The number of people waiting for routine hospital treatment has fallen for the first time in a year, figures show.',
    );
  });

  it('GIVEN a short first line over a sentence, with no byline after THEN neither is a title or goes', () => {
    const c = cleanArticle(
      [
        'UK News',
        'The number of people waiting for hospital treatment has fallen, figures show.',
      ].join('\n'),
    );
    expect(c.title).toBeUndefined();
    expect(c.removed).toEqual([]);
  });
});

describe('a page pasted as text, the ABC and Al Jazeera ways', () => {
  it('GIVEN "By business reporter …", two stamps joined by a comma, a caption ending "(ABC News: …)" and the sharing and newsletter prompts THEN only the story is left', () => {
    const c = cleanArticle(
      [
        'Reserve Bank holds interest rates steady',
        'By business reporter Nia Khan',
        'Posted Tue 19 Mar 2024 at 2:30pm, updated Tue 19 Mar 2024 at 3:47pm',
        'The governor says the board is not ruling anything in or out. (ABC News: John Gunn)',
        'Help keep family & friends informed by sharing this article',
        'The Reserve Bank has left the cash rate on hold for a third straight meeting.',
        'Get our morning and afternoon news email, free app or daily news podcast',
      ].join('\n'),
    );
    expect(c.title).toBe('Reserve Bank holds interest rates steady');
    expect(allText(c)).toBe(
      'The Reserve Bank has left the cash rate on hold for a third straight meeting.',
    );
  });

  it('GIVEN a section with a bar, two date lines, "Save articles to read later …" and "Source: …" THEN only the story is left', () => {
    const c = cleanArticle(
      [
        'News|Climate Crisis',
        'Floods kill dozens in southern Brazil',
        'Rescuers search for missing people after days of record rainfall.',
        'Published On 3 May 2024',
        '3 May 2024',
        'Save articles to read later and create your own reading list.',
        'At least 39 people have been killed after days of torrential rain, officials say.',
        'Source: Al Jazeera and news agencies',
      ].join('\n'),
    );
    expect(c.title).toBe('Floods kill dozens in southern Brazil');
    expect(allText(c)).toBe(
      'At least 39 people have been killed after days of torrential rain, officials say.',
    );
  });
});

describe('a press release: its wire, its boilerplate and its contacts', () => {
  const release = (opening: string) =>
    [
      'Harbour Mills to open flour mill in Hull',
      '',
      `${opening}Harbour Mills today announced it will open a flour mill at Hull docks, creating 120 jobs.`,
      '',
      'The £45 million mill will grind 300,000 tonnes of wheat a year from farms in Yorkshire and Lincolnshire.',
      '',
      '"Hull has the port, the farms and the people," said Ruth Okafor, chief executive of Harbour Mills.',
      '',
      'About Harbour Mills',
      'Harbour Mills is a family-owned miller founded in 1921, with mills in Leeds and York.',
      'For more information, visit www.harbour-mills.example.',
      '',
      'Media contact:',
      'Sam Patel',
      'press@harbour-mills.example',
    ].join('\n');

  it.each([
    ['HULL, England--(BUSINESS WIRE)--'],
    ['HULL, England, March 4, 2026 /PRNewswire/ -- '],
    ['Hull, England, March 04, 2026 (GLOBE NEWSWIRE) -- '],
  ])(
    'GIVEN a release opening "%s" THEN the story opens on its first words, and nothing from "About Harbour Mills" on is kept',
    (opening) => {
      const c = cleanArticle(release(opening));
      expect(c.paragraphs[0]?.text).toMatch(/^Harbour Mills today announced/);
      const text = allText(c);
      expect(text).toContain('said Ruth Okafor');
      expect(text).not.toMatch(/family-owned|For more information|Sam Patel|press@|About Harbour/);
      expect(c.removed.filter((r) => r.reason === 'footer').map((r) => r.text)).toEqual([
        'About Harbour Mills',
        'Harbour Mills is a family-owned miller founded in 1921, with mills in Leeds and York.',
        'For more information, visit www.harbour-mills.example.',
        'Media contact:',
        'Sam Patel',
        'press@harbour-mills.example',
      ]);
    },
  );

  it('GIVEN a story with a section headed "About the money" THEN it is kept: only a heading that names a company, its statements or its contacts ends the story', () => {
    const c = cleanArticle(
      [
        'Council approves £12m sea wall for Filey',
        '',
        'Councillors approved a £12m sea wall for Filey on Tuesday after two winters of flooding.',
        '',
        'Work will start in April and last two years, the council said.',
        '',
        'About the money',
        'Most of the cost will come from the Environment Agency, with £2m from the council.',
      ].join('\n'),
    );
    expect(allText(c)).toContain('Most of the cost will come from the Environment Agency');
  });
});

describe("a live page's greeting", () => {
  it('GIVEN "Welcome to our live coverage of Storm Bert, which …" and "Stay with us for the latest" THEN both go; a sentence that welcomes news stays', () => {
    const c = cleanArticle(
      [
        '10:58 GMT',
        'The Environment Agency has issued 12 severe flood warnings, mostly along the River Severn.',
        'Ministers welcomed the decision to open rest centres in Worcester and Hereford.',
        '',
        '10:30 GMT',
        'Good morning and welcome to our live coverage of Storm Bert, which has brought heavy rain to much of the UK overnight.',
        'Stay with us for the latest on travel and power cuts.',
      ].join('\n'),
    );
    const text = allText(c);
    expect(text).not.toMatch(/live coverage|Stay with us/);
    expect(text).toContain('Ministers welcomed the decision');
    expect(text).toContain('12 severe flood warnings');
  });
});
