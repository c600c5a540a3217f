import { describe, expect, it } from 'vitest';
import { cutGluedCaption } from '../../src/summarizer/glued-captions.js';
import { prepareArticle } from '../../src/summarizer/prepare.js';
import { contentStems } from '../../src/summarizer/tokens.js';

const others = [
  'People who have never been divorced can expect a retirement income 13 per cent higher than a colleague who has been through a divorce.',
  'Mila Kunis is being sued by a Ukrainian wannabe singer.',
].map(contentStems);

/** The sentence comes back whole, no caption cut, though `other` repeats its words. */
function expectKept(sentence: string, other: string): void {
  expect(cutGluedCaption(sentence, contentStems, [contentStems(other)])).toEqual({
    text: sentence,
    caption: '',
  });
}

describe('cutGluedCaption', () => {
  it('GIVEN a caption glued to the front of a sentence that the story repeats THEN it is cut', () => {
    const glued =
      'People who have never been divorced can expect a retirement income 13% higher than a colleague The cost of divorce can wreck retirement many years after the break-up of a marriage, according to research.';
    expect(cutGluedCaption(glued, contentStems, others)).toEqual({
      text: 'The cost of divorce can wreck retirement many years after the break-up of a marriage, according to research.',
      caption:
        'People who have never been divorced can expect a retirement income 13% higher than a colleague',
    });
  });

  it('GIVEN a caption that is a whole clause ending on a noun, glued before a name and its verb ("… of the season Organisers initially planned …") THEN it is cut there, but not after a person\'s noun ("his daughter Jessica was …")', () => {
    const story = [
      'Lacey, a lifelong fan, has been invited to lead out the team at the final home game of the season.',
      'His daughter Jessica was preparing to unveil the statue with the club chairman.',
    ].map(contentStems);
    const glued =
      'Lacey is a lifelong Harbour Town fan and has been invited to lead out the team at the final home game of the season Organisers initially planned to unveil the statue in March, but the bronze casting was delayed.';
    expect(cutGluedCaption(glued, contentStems, story)).toEqual({
      text: 'Organisers initially planned to unveil the statue in March, but the bronze casting was delayed.',
      caption:
        'Lacey is a lifelong Harbour Town fan and has been invited to lead out the team at the final home game of the season',
    });
    const apposed =
      'Lacey has been invited to lead out the team at the final home game of the season with his daughter Jessica will unveil the statue alongside the club chairman on Saturday.';
    expect(cutGluedCaption(apposed, contentStems, story).caption).toBe('');
  });

  it('GIVEN two captions glued before a sentence whose words run on through a preposition into a name ("… a gagging order against Ms Watson who claims …") THEN only the captions are cut, not the sentence\'s own opening', () => {
    const story = [
      'Sarah Watson has been snapped with a suspicious white powder at a party in Las Vegas.',
      'Ms Watson is seen using a driving licence to cut up lines of powder on a glass table.',
      'The High Court has since overturned a gagging order against Ms Watson, who claims she was framed.',
    ].map(contentStems);
    const glued =
      'Sarah Watson, who was accused of blackmail, has been snapped with a suspicious white powder Ms Watson is seen using a driving licence to cut up lines of powder on the glass table The High Court has since overturned a gagging order against Ms Watson who claims Rojo and his representatives were behind a plot to frame her.';
    expect(cutGluedCaption(glued, contentStems, story).text).toBe(
      'The High Court has since overturned a gagging order against Ms Watson who claims Rojo and his representatives were behind a plot to frame her.',
    );
  });

  it("GIVEN a caption whose last words are quoted ('… his holiday was 'too hot'') run into the next sentence THEN it is cut there", () => {
    const story = [
      'Police said a man had lodged a complaint at a station that the weather on his holiday was too hot.',
    ].map(contentStems);
    const glued =
      "Police revealed a man lodged a complaint that the weather on his holiday was 'too hot' The incident was shared by the police press office on its Facebook page.";
    expect(cutGluedCaption(glued, contentStems, story).text).toBe(
      'The incident was shared by the police press office on its Facebook page.',
    );
  });

  it('GIVEN a quotation of two sentences whose words the story repeats (\'"My aim was to win a round here. When I did that …"\') THEN none of it is cut as a caption', () => {
    const quoted =
      '"My aim was to win a round here. When I did that I was so relieved, there was no pressure."';
    const other = 'Mirza said after her second round win that she aimed to win a round here.';
    expectKept(quoted, other);
    // The same words outside quotation marks: "When" ends no caption either.
    expectKept(quoted.replace(/"/g, ''), other);
  });

  it('GIVEN a lower-case word and a capital inside a quotation ("… in the middle of the race I would …") THEN the quotation is kept whole', () => {
    expectKept(
      '"I believe if I was in lane seven in the middle of the race I would have been able to react to people," said Greene.',
      'Greene was in lane seven in the middle of the race in Athens.',
    );
  });

  it('GIVEN one sentence whose words the story repeats, with a lower-case word before a capital inside it THEN it is no caption: a sentence opening on a conjunction or a fronted clause, a reported "that" clause, a verb or a role before "Mr", a work before its title', () => {
    const cases: [string, string][] = [
      [
        'But another report in the Sunday Telegraph claims Mr Milburn is unwilling to allow any new role for the chancellor.',
        'A report in the Sunday Telegraph makes claims about the chancellor and Mr Milburn.',
      ],
      [
        'Under the election slogan of the governing party "Britain is working", the prime minister insisted the direction would not change.',
        'The governing party unveiled its election slogan on Monday.',
      ],
      [
        'Ms Cooper also said that during shareholder meetings Mr Ebbers often passed over technical questions to his finance chief.',
        'Ms Cooper told the court about shareholder meetings she attended.',
      ],
      [
        'In a statement issued on Thursday, the fashion retailer thanked Ms Mohd-Saaid for her many years of service to the company.',
        'The fashion retailer issued a statement on Thursday about its board.',
      ],
      [
        'Russian news agencies said on Monday that India’s petroleum minister Mr Aiyar would discuss the future of the oil company.',
        'Russian news agencies said India’s petroleum minister would visit on Monday.',
      ],
      [
        'The festival in the city closed on Sunday night with a screening of the film I Heart Huckabees, starring Jude Law and Dustin Hoffman in the lead roles.',
        'The festival in the city closed on Sunday night with a screening of a film.',
      ],
    ];
    for (const [sentence, other] of cases) expectKept(sentence, other);
  });

  it('GIVEN capitals that continue a name or follow a function word THEN the sentence is kept', () => {
    for (const s of [
      'Hamilton was four-hundredths of a second ahead of his Mercedes team-mate Nico Rosberg, as the German described it.',
      'Mila Kunis is being sued by a Ukrainian wannabe singer who claims the Hollywood actress stole her pet chicken.',
    ]) {
      expect(cutGluedCaption(s, contentStems, others)).toEqual({ text: s, caption: '' });
    }
  });

  it('GIVEN a title with a colon that a naming verb runs on from ("… was named Evening Standard Readers\' Film") THEN the sentence is kept', () => {
    const s =
      "Bridget Jones: The Edge of Reason was named Evening Standard Readers' Film of 2004 at the central London ceremony.";
    const story = ['Bridget Jones: The Edge of Reason stars Renee Zellweger.'].map(contentStems);
    expect(cutGluedCaption(s, contentStems, story)).toEqual({ text: s, caption: '' });
  });

  it('GIVEN "… the Angolan film The Hero triumphed …" (a work named by its title) THEN the sentence is kept whole', () => {
    const s =
      'In the new world cinema drama category, the Angolan film The Hero triumphed to win the grand jury prize.';
    const story = [
      'The film - an Angolan production - tells the story of a veteran of the civil war.',
      'Twelve films competing in the new world cinema documentary category focused on war.',
      'A drama about Iraq won the grand jury prize last year.',
    ].map(contentStems);
    expect(cutGluedCaption(s, contentStems, story)).toEqual({ text: s, caption: '' });
  });

  it('GIVEN a leading run that says something new THEN it is kept (only repeated text is a caption)', () => {
    const s =
      'Officials confirmed the bridge will close for repairs next month The council said traffic would be diverted through the town centre.';
    expect(cutGluedCaption(s, contentStems, others).caption).toBe('');
  });

  it('GIVEN an article THEN the cut caption is counted as removed and gone from every sentence', () => {
    const p = prepareArticle(
      'People who never divorced retire with incomes 13 per cent higher than a divorced colleague The survey for the insurer found one in five divorcees retire with debts. People who have never divorced retire with an income 13 per cent higher than a colleague who has, according to the research.',
    );
    expect(p.sentences.map((s) => s.text).join(' ')).not.toContain(
      'higher than a divorced colleague The survey',
    );
    expect(p.sentences[0]?.text).toBe(
      'The survey for the insurer found one in five divorcees retire with debts.',
    );
    expect(p.cleaned.removed.some((r) => r.reason === 'caption')).toBe(true);
  });
});

describe('a caption that repeats its sentence word for word', () => {
  it('GIVEN captions glued before a sentence that the last of them says again THEN only the sentence is left, and the rest is counted as a caption', () => {
    const p = prepareArticle(
      [
        'A Darwin woman has become a television star in Manila, with an award nomination for her first role.',
        '',
        "She landed the part in the sitcom 'Small House' Last year, she failed an audition for a talent show in the hope of a record deal With her new fans behind her, Ms Lane will attend the national television awards on April 26 where she is nominated for best newcomer With her new fans behind her, Ms Lane will attend the national television awards on April 26 where she is nominated for best newcomer.",
      ].join('\n'),
    );
    expect(p.sentences.map((s) => s.text)).toContain(
      'With her new fans behind her, Ms Lane will attend the national television awards on April 26 where she is nominated for best newcomer.',
    );
    expect(p.sentences.some((s) => /talent show/.test(s.text))).toBe(false);
    expect(
      p.cleaned.removed.some((r) => r.reason === 'caption' && /talent show/.test(r.text)),
    ).toBe(true);
  });

  it('GIVEN a short phrase said twice ("again and again") THEN the sentence is left whole', () => {
    const text =
      'The council asked the minister again and again, and the minister said no again and again.';
    expect(prepareArticle(text).sentences.map((s) => s.text)).toEqual([text]);
  });
});

describe('a caption that names someone in full, glued to the sentence that names them by surname', () => {
  it('GIVEN "… granted bail on Friday Okoro, a father of two, works …" THEN the sentence starts at "Okoro" and the caption is counted as removed', () => {
    const p = prepareArticle(
      [
        'A row between two neighbours over a barking dog has ended with one man in hospital and another charged with assault.',
        '',
        'Daniel Okoro covered his face as he left the magistrates court where he was granted bail on Friday Okoro, a father of two, works nights at a bakery and was asleep when the row began.',
      ].join('\n'),
    );
    expect(p.sentences.map((s) => s.text)).toContain(
      'Okoro, a father of two, works nights at a bakery and was asleep when the row began.',
    );
    expect(
      p.cleaned.removed.some((r) => r.reason === 'caption' && /covered his face/.test(r.text)),
    ).toBe(true);
  });

  it('GIVEN two captions stacked before the sentence, the first with "(left)" after the name THEN both are cut', () => {
    const p = prepareArticle(
      'Marco Duarte (left) in action for Hull against Leeds during his short spell at the club Duarte celebrates scoring for Benfica against Braga in March 2009 Duarte has scored 14 goals for Getafe this season and could soon move to Lyon.',
    );
    expect(p.sentences.map((s) => s.text)).toEqual([
      'Duarte has scored 14 goals for Getafe this season and could soon move to Lyon.',
    ]);
  });

  it('GIVEN a stacked caption in the present tense whose horse opens the sentence ("… in the National Monbeg Dude is now 10 …") THEN both captions are cut', () => {
    const p = prepareArticle(
      'Former rugby captain Mark Tolland and his wife at Aintree ahead of the Grand National Tolland celebrates after watching his horse Silver Piper finish third in the National Silver Piper is now 10 and likes to do things at his own pace.',
    );
    expect(p.sentences.map((s) => s.text)).toEqual([
      'Silver Piper is now 10 and likes to do things at his own pace.',
    ]);
  });

  it('GIVEN a caption named in full glued to a sentence that names her by first name THEN the sentence starts at the first name', () => {
    const p = prepareArticle(
      'Nadia Brook dropped four stone after a stranger on a train asked when her baby was due Nadia had reached a size 22 after years of takeaways and late nights.',
    );
    expect(p.sentences.map((s) => s.text)).toEqual([
      'Nadia had reached a size 22 after years of takeaways and late nights.',
    ]);
  });

  it('GIVEN a caption that names its subject after a role ("England flanker Tom Lake dressed …") THEN the sentence starts at the surname', () => {
    const p = prepareArticle(
      'England flanker Tom Lake dressed in a superhero costume and posted the picture after signing for the club Lake posted the image on Thursday with a message for his fans.',
    );
    expect(p.sentences.map((s) => s.text)).toEqual([
      'Lake posted the image on Thursday with a message for his fans.',
    ]);
  });

  it('GIVEN a caption that ends on a capital before the surname and its present tense ("… the Grand National Lake celebrates …") THEN the sentence starts at the surname', () => {
    const p = prepareArticle(
      'Former England rugby captain Tom Lake and his wife at Aintree ahead of the Grand National Lake celebrates after watching his horse finish third in the big race.',
    );
    expect(p.sentences.map((s) => s.text)).toEqual([
      'Lake celebrates after watching his horse finish third in the big race.',
    ]);
  });

  it.each([
    // Inside a quotation: the speaker's words name him again.
    'Goalscorer Toure was also at fault, and Wenger said: "We need to help Toure rebuild his confidence as he is low."',
    // After a stop word or a capital: prose ("the US", "Frank Capra").
    'Frank Capra was the butt of one gaffe when the host declared "come on up, Frank" to which Frank Capra bounded up to the stage.',
    'The US watchdog said it would soften tough new US rules on governance to ease the burden on foreign firms.',
    // A short name ("Swiss Re"), or a name after a conjunction: prose.
    'Reinsurance firms such as Swiss Re and Munich Re lost value as investors worried about rebuilding costs.',
    'Robinson could choose to recall Mathew Tait or Henry Paul, although Tait endured a nightmare against Leicester.',
    // After a capital, only a caption's present tense: "Finance Bank says" is prose.
    'National Bank of Kuwait has bought a stake in the lender, while the Jordanian Export and Finance Bank says it has bought 49% of another.',
  ])('GIVEN "%s" THEN the sentence is left whole', (text) => {
    expect(prepareArticle(text).sentences.map((s) => s.text)).toEqual([text]);
  });
});

describe('a numbered list whose line breaks were lost', () => {
  it('GIVEN "… snacks 2. Ramen … restaurants 3. He … camp 4." THEN each number goes with its item, not the sentence before', () => {
    const texts = prepareArticle(
      'Each fighter has revealed a dozen oddities about himself 1. Liquorice is one of his favourite snacks 2. Noodle soup is one of his favourite meals 3. He does 1,000 sit-ups a day in training camp 4. He does not like ketchup on hot dogs.',
    ).sentences.map((s) => s.text);
    expect(texts).toContain('Liquorice is one of his favourite snacks.');
    expect(texts).toContain('He does 1,000 sit-ups a day in training camp.');
  });

  it('GIVEN a sentence that ends on a number of its own ("… was ranked 2.") THEN it keeps it', () => {
    const texts = prepareArticle(
      'The player was ranked number 2. She lost in the final on Sunday. Her coach said she would rest for a week.',
    ).sentences.map((s) => s.text);
    expect(texts[0]).toBe('The player was ranked number 2.');
  });
});

describe('a kicker left at the front when a caption is cut', () => {
  it("GIVEN \"… the social media platform 'I'M RUNNING FOR PRESIDENT': Clinton has cast herself …\" THEN neither the caption nor the kicker is left", () => {
    const p = prepareArticle(
      [
        'According to two online tools, no more than 44 per cent of her Twitter fan base consists of real people who are active on the social media platform.',
        "No more than 44 per cent of her Twitter fan base consists of real people active on the social media platform 'I'M RUNNING FOR PRESIDENT': Clinton has cast herself as a champion of everyday Americans in her first campaign video this week.",
      ].join(' '),
    );
    expect(p.sentences.map((s) => s.text).join(' ')).not.toMatch(/RUNNING FOR PRESIDENT/);
  });
});

describe('cutGluedCaption: an attribution is no caption label', () => {
  it('GIVEN "He said: \'Patriotism means, yes, supporting a strong Scottish parliament, …" with another sentence saying most of it THEN nothing is cut', () => {
    const sentence =
      "He said: 'Patriotism means, yes, supporting a strong Scottish parliament, but it doesn't mean rejecting the co-operation across the whole country.";
    const other =
      "'And, yes, patriotism means supporting a strong Scottish parliament but it does not need us to reject the partnership.'";
    const cut = cutGluedCaption(sentence, contentStems, [contentStems(other)], -1);
    expect(cut.caption).toBe('');
    expect(cut.text).toBe(sentence);
  });
});

describe('cutGluedCaption: a name going on into its phrase', () => {
  it('GIVEN "Fall of an Empire: The Story of Katherine of Alexandria attempts to pay homage to Saint Katherine by portraying her …" whose opening a caption repeats THEN the sentence is not cut between "Saint" and "Katherine by"', () => {
    const story = [
      'Fall of an Empire: The Story of Katherine of Alexandria attempts to pay homage to Saint Katherine Director Michael Redwood paid tribute to the actor.',
    ].map(contentStems);
    const body =
      'Fall of an Empire: The Story of Katherine of Alexandria attempts to pay homage to Saint Katherine by portraying her as a real woman who experiences fear and torment.';
    expect(cutGluedCaption(body, contentStems, story).text).toBe(body);
  });
});
