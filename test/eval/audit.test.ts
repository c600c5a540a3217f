import { describe, expect, it } from 'vitest';
import { auditArticles, auditSummary, textOverlap } from '../../src/eval/audit.js';
import type { Summary } from '../../src/summarizer/types.js';

const article = [
  'The mayor of Eastgate is alleged to have told staff that the audit was rigged, a court has heard.',
  'Prosecutors said the mayor ordered two clerks to delete emails before the inspectors arrived.',
  'The mayor denies misconduct in public office and will give evidence next week.',
  'Opponents argued that the council would not recover the money it had lost.',
].join('\n\n');

function summary(lede: string, points: [string, string, number][]): Summary {
  return {
    title: 'Mayor trial',
    lede,
    keyPoints: points.map(([label, text, id]) => ({ label, text, sentenceIds: [id] })),
    quotes: [],
    stats: { sentences: 4, words: 60, removedLines: 0 },
  };
}

describe('audit: the rubric checks find each defect class', () => {
  it('GIVEN a summary with the classic defects THEN each is counted', () => {
    const bad = summary(
      'The mayor of Eastgate is alleged to have told staff that the audit was rigged.',
      [
        [
          'Mayor alleged',
          'The mayor of Eastgate is alleged to have told staff that the audit was rigged, a court has heard.',
          0,
        ],
        [
          'Mayor ordered two clerks to',
          'Prosecutors said the mayor ordered two clerks to delete emails before the inspectors arrived.',
          1,
        ],
        [
          'Council recover money',
          'Opponents argued that the council would not recover the money it had lost.',
          3,
        ],
        ['Public office', 'The mayor denies misconduct in public office. Scroll down for video', 2],
      ],
    );
    const classes = auditSummary('a1', article, undefined, bad).map((f) => f.cls);
    expect(classes).toContain('lede-repeated');
    expect(classes).toContain('lede-unfaithful'); // "a court has heard" cut off
    expect(classes).toContain('label-no-verb'); // "Public office"
    expect(classes).toContain('label-weak-end'); // "… to"
    expect(classes).toContain('label-unfaithful'); // "would", "not", "argued" dropped
    expect(classes).toContain('cruft');
  });

  /** The classes the audit finds in a summary of one point: `label` on `sentence`. */
  const classesOfLabel = (label: string, sentence: string) =>
    auditSummary(
      'a1',
      article,
      undefined,
      summary(
        'The mayor of Eastgate is alleged to have told staff that the audit was rigged, a court has heard.',
        [[label, sentence, 1]],
      ),
    ).map((f) => f.cls);

  it('GIVEN a label saying "his" with no one before it ("Clerks deleted his emails") THEN it is counted; "Mayor denies his misconduct" is not', () => {
    const sentence =
      'Prosecutors said the mayor ordered two clerks to delete emails before the inspectors arrived.';
    expect(classesOfLabel('Clerks deleted his emails', sentence)).toContain(
      'label-unbound-pronoun',
    );
    expect(classesOfLabel('Mayor ordered clerks to delete his emails', sentence)).not.toContain(
      'label-unbound-pronoun',
    );
  });

  it('GIVEN a label that cuts what "show how" reports ("Figures show how prices rising") THEN it is counted as a broken clause; "Figures show prices are rising" is not', () => {
    const sentence = 'The figures show how quickly prices are rising in the town.';
    expect(classesOfLabel('Figures show how prices rising', sentence)).toContain(
      'label-broken-clause',
    );
    expect(classesOfLabel('Figures show prices are rising', sentence)).not.toContain(
      'label-broken-clause',
    );
  });

  it('GIVEN a key quote that a point shows already THEN it is counted as a repeat; one marked inPoints is not shown, so not counted', () => {
    const quoted = (inPoints: boolean): Summary => ({
      ...summary('The mayor of Eastgate denies misconduct in public office.', [
        [
          '',
          '"I have done nothing wrong and I will prove it in court," the mayor said outside the court.',
          2,
        ],
      ]),
      quotes: [
        {
          speaker: 'the mayor',
          text: 'I have done nothing wrong and I will prove it in court.',
          ...(inPoints ? { inPoints } : {}),
        },
      ],
    });
    const classes = (s: Summary) => auditSummary('a1', article, undefined, s).map((f) => f.cls);
    expect(classes(quoted(false))).toContain('quote-repeated');
    expect(classes(quoted(true))).not.toContain('quote-repeated');
  });

  it('GIVEN a lede with no verb ("With … moving into the living room.") THEN it is a fragment, not news; a lede with its clause is not', () => {
    const lede = (text: string) =>
      auditSummary('a1', article, undefined, summary(text, [])).map((f) => f.cls);
    expect(
      lede('With plasma TVs, fast broadband and video recorders moving into the living room.'),
    ).toContain('lede-not-news');
    expect(
      lede(
        'The mayor of Eastgate is alleged to have told staff that the audit was rigged, a court has heard.',
      ),
    ).not.toContain('lede-not-news');
    // (A result line of five words is a sentence, and the news.)
    expect(lede('Northbridge win 4-3 on penalties.')).not.toContain('lede-not-news');
  });

  it('GIVEN a point whose speaker is only "he", its sentence before not shown THEN it is dangling; shown with that sentence, it is not', () => {
    const text = [
      'The council met on Monday to set the budget.',
      'The mayor said the audit had been fair.',
      'The money would be recovered within a year, he argued.',
    ].join('\n\n');
    const point = 'The money would be recovered within a year, he argued.';
    const alone = summary('The council met on Monday to set the budget.', [['', point, 2]]);
    const classesOf = (s: Summary) => auditSummary('a2', text, undefined, s).map((f) => f.cls);
    expect(classesOf(alone)).toContain('dangling');
    const withSpeaker = summary('The council met on Monday to set the budget.', [
      ['', 'The mayor said the audit had been fair.', 1],
      ['', point, 2],
    ]);
    expect(classesOf(withSpeaker)).not.toContain('dangling');
    // (In one point of two sentences, the first naming whom "he" is, it is not either, though
    // the sentence before the point is not shown.)
    const longer = [
      'The council met on Monday to set the budget.',
      'Council tax will rise by 3% in April.',
      'The mayor said the audit had been fair.',
      point,
    ].join('\n\n');
    const paired: Summary = {
      ...alone,
      keyPoints: [
        {
          label: '',
          text: `The mayor said the audit had been fair. ${point}`,
          sentenceIds: [2, 3],
        },
      ],
    };
    expect(auditSummary('a3', longer, undefined, paired).map((f) => f.cls)).not.toContain(
      'dangling',
    );
  });

  it('GIVEN newsbrief’s own summary of the article THEN no defect is found', () => {
    const report = auditArticles([{ id: 'a1', text: article }], 3);
    expect(report.summaries).toBe(1);
    const defects = report.findings.filter((f) => f.cls !== 'unlabelled');
    expect(defects).toEqual([]);
  });
});

describe('audit: a caption without parentheses', () => {
  it('GIVEN a point whose sentence is a caption run into the text (", pictured left in …") THEN it is cruft', () => {
    const text = [
      'A widow from Edinburgh loves to party the night away.',
      "Pat, 69, pictured left in her fancy dress outfit, enjoys pole dancing with friend Julia, 67, right 'I party hard,' she admitted.",
    ].join('\n\n');
    const s = summary('A widow from Edinburgh loves to party the night away.', [
      [
        '',
        "Pat, 69, pictured left in her fancy dress outfit, enjoys pole dancing with friend Julia, 67, right 'I party hard,' she admitted.",
        1,
      ],
    ]);
    expect(auditSummary('a2', text, undefined, s).map((f) => f.cls)).toContain('cruft');
  });
});

describe("audit: a page's time stamp run into the lede", () => {
  it('GIVEN the lede "Fire crews tackle blaze Published 3 hours ago More than 100 firefighters …" THEN it is cruft', () => {
    const lede =
      'Fire crews tackle blaze Published 3 hours ago More than 100 firefighters have been tackling a fire in Bolton.';
    const text = [lede, 'Residents have been told to keep their windows closed.'].join('\n\n');
    const s = summary(lede, [['', 'Residents have been told to keep their windows closed.', 1]]);
    expect(auditSummary('a4', text, undefined, s).map((f) => f.cls)).toContain('cruft');
  });

  it('GIVEN a point that opens on a credit ("Photograph: Jane Hale/Alamy The judge said …") THEN it is cruft', () => {
    const point = 'Photograph: Jane Hale/Alamy The judge said the council had ignored warnings.';
    const lede = 'A county council has been fined £2m over a landfill leak.';
    const s = summary(lede, [['', point, 1]]);
    expect(
      auditSummary('a5', [lede, point].join('\n\n'), undefined, s).map((f) => f.cls),
    ).toContain('cruft');
  });
});

describe("audit: a news agency's photo caption", () => {
  it('GIVEN a point "A tow truck driver works to clear the scene …, Friday near Boulder, Colo." THEN it is cruft', () => {
    const caption =
      'A tow truck driver works to clear the scene of a multi-vehicle pileup on Highway 36, Friday near Boulder, Colo.';
    const text = ['Icy roads caused a 39-vehicle pileup near Boulder on Friday.', caption].join(
      '\n\n',
    );
    const s = summary('Icy roads caused a 39-vehicle pileup near Boulder on Friday.', [
      ['', caption, 1],
    ]);
    expect(auditSummary('a3', text, undefined, s).map((f) => f.cls)).toContain('cruft');
  });
});

describe('textOverlap reads a point without its speaker, not without an aside', () => {
  it('GIVEN "… game day snacks — those that are low in fat." THEN the aside after the dash counts; "…." — Jane Doe" drops the name', () => {
    const lede =
      'As co-creator of a weight-loss programme, I want to help you enjoy everything about game day, including the delicious snacks!';
    expect(
      textOverlap(
        lede,
        'Seek out the healthy game day snacks — those that are vegetable based, low in fat, and high in fiber.',
      ),
    ).toBeLessThan(0.5);
    expect(
      textOverlap('Prices rose sharply in March.', '"Prices rose sharply in March." — Jane Doe'),
    ).toBe(1);
  });
});
