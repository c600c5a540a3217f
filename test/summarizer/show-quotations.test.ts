import { describe, expect, it } from 'vitest';
import { showDoubleQuotations } from '../../src/summarizer/quote-spans.js';
import { summarize } from '../../src/summarizer/summarize.js';

describe("showDoubleQuotations: a point's quotation marks as one line shows them", () => {
  it('GIVEN a quotation reopened at the next sentence without being closed THEN it reads as one quotation', () => {
    expect(
      showDoubleQuotations(['"I stumbled out the blocks.', '"I still feel I can go faster."']),
    ).toEqual(['"I stumbled out the blocks.', 'I still feel I can go faster."']);
  });

  it('GIVEN a quotation reopened inside one sentence of the article THEN the reopening mark goes', () => {
    expect(
      showDoubleQuotations([
        '"But I take each race as it comes. "As long as I train, I have a chance."',
      ]),
    ).toEqual(['"But I take each race as it comes. As long as I train, I have a chance."']);
  });

  it('GIVEN a quotation still open where the point ends, or where a speaker is named THEN it is closed there', () => {
    expect(showDoubleQuotations(['And Edu added: "My brother is due on Thursday.'])).toEqual([
      'And Edu added: "My brother is due on Thursday."',
    ]);
    expect(
      showDoubleQuotations(['He said: “We will win.', 'The fans cheered.'], new Set([0])),
    ).toEqual(['He said: “We will win.”', 'The fans cheered.']);
  });

  it('GIVEN a point whose first mark closes a quotation opened before it THEN it gets its opening mark', () => {
    expect(showDoubleQuotations(['I still enjoy training."'])).toEqual([
      '"I still enjoy training."',
    ]);
  });

  it('GIVEN a reporting sentence and then one whose closing mark lost its opening ("Mr Molyneux said … It\'s come out of the blue," he said) THEN the mark opens the quotation, not the reporter\'s sentence; a first-person sentence before it stays inside', () => {
    expect(
      showDoubleQuotations([
        'Speaking to reporters Mr Molyneux said the honour was a surprise.',
        'It\'s come completely out of the blue," he said.',
      ]),
    ).toEqual([
      'Speaking to reporters Mr Molyneux said the honour was a surprise.',
      '"It\'s come completely out of the blue," he said.',
    ]);
    expect(
      showDoubleQuotations([
        'I just told him he was going nowhere.',
        'He is part of our squad," he said.',
      ]),
    ).toEqual(['"I just told him he was going nowhere.', 'He is part of our squad," he said.']);
  });

  it('GIVEN balanced quotations and a quotation inside a sentence THEN nothing changes', () => {
    const texts = ['He called it "a disgrace" and left.', '"We won," she said. "It was great."'];
    expect(showDoubleQuotations(texts)).toEqual(texts);
  });
});

describe('showDoubleQuotations: curly single marks, told from apostrophes', () => {
  it('GIVEN a point that opens a ‘…’ quotation going on after it THEN it is closed where the point ends', () => {
    expect(
      showDoubleQuotations(['Stewart said: ‘I can’t just say yes until I know what the role is.']),
    ).toEqual(['Stewart said: ‘I can’t just say yes until I know what the role is.’']);
  });

  it('GIVEN apostrophes and a plural possessive only ("you’d", "the players’ union") THEN nothing changes', () => {
    const texts = ['Of course you’d think the players’ union would object.'];
    expect(showDoubleQuotations(texts)).toEqual(texts);
  });
});

describe('a quotation in single marks, its middle sentence shown alone', () => {
  const story = (quotation: string) =>
    [
      'Alec Stewart has expressed his interest in becoming the new Director of England Cricket following the sacking of Paul Downton.',
      '',
      'Stewart, who is currently director of cricket at Surrey, has not yet been approached by the ECB.',
      '',
      `Speaking at the Oval, ${quotation}`,
      '',
      'The early bookies’ favourite for the post is Michael Vaughan, the former England captain.',
    ].join('\n');
  const points = (text: string, title?: string) => {
    const r = summarize({ text, title }, { points: 4 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.keyPoints.map((p) => p.text);
  };

  it('GIVEN a sentence inside a ‘…’ quotation with an apostrophe ("you’d") THEN the point marks it as quoted words', () => {
    // (The title makes the middle sentence the quotation's point: one quotation is one point.)
    const text = story(
      'Stewart said he could not say yes until he knew what the role and the responsibility were. ‘I’m under contract at Surrey here. Of course, if it was the right role, you’d be stupid not to look at English cricket’s top job. I’d listen to the ECB.’',
    );
    const shown = points(text, "Stewart: You'd be stupid not to look at cricket's top job");
    expect(shown.find((p) => p.includes('you’d be stupid'))).toMatch(/^["“‘]/);
  });

  it('GIVEN the sentence that opens the quotation, after "Stewart said:" THEN the point closes it', () => {
    const text = story(
      'Stewart said: ‘I can’t just say yes until I know what the role and the responsibility are. Of course, if it was the right role, you’d be stupid not to look at English cricket’s top job. I’d listen to the ECB, because I’m under contract at Surrey here.’',
    );
    expect(points(text).find((p) => p.includes('Stewart said: ‘'))).toMatch(/’$/);
  });
});

describe('showDoubleQuotations: a point that opens inside a quotation in straight single marks', () => {
  it('GIVEN "We’re no heroes, just tourists,\' Makrus Åsberg … told the New York Post." THEN the point opens the quotation it closes; apostrophes and a quotation opened in the point are left', () => {
    expect(
      showDoubleQuotations([
        "We’re no heroes, just tourists,' Makrus Åsberg, a 25-year-old officer, told the New York Post.",
      ]),
    ).toEqual([
      "'We’re no heroes, just tourists,' Makrus Åsberg, a 25-year-old officer, told the New York Post.",
    ]);
    expect(
      showDoubleQuotations(["The Blues' push for the title went on, the manager's men said."]),
    ).toEqual(["The Blues' push for the title went on, the manager's men said."]);
    expect(showDoubleQuotations(["He said: 'We came here for vacation,' and left."])).toEqual([
      "He said: 'We came here for vacation,' and left.",
    ]);
  });
});

describe('showDoubleQuotations: straight single marks that go on past the point', () => {
  it("GIVEN \"O'Neill told Betfred: 'Shutthefrontdoor is in great form.\" alone THEN the quotation is closed where the point ends; O'Neill's apostrophe is none", () => {
    expect(
      showDoubleQuotations(["O'Neill told Betfred: 'Shutthefrontdoor is in great form."]),
    ).toEqual(["O'Neill told Betfred: 'Shutthefrontdoor is in great form.'"]);
    expect(
      showDoubleQuotations([
        "A Bayer spokesman said: 'It is clear there was a dispute.",
        "It's being looked at.'",
      ]),
    ).toEqual([
      "A Bayer spokesman said: 'It is clear there was a dispute.",
      "It's being looked at.'",
    ]);
    expect(showDoubleQuotations(["The players' union said it was fine."])).toEqual([
      "The players' union said it was fine.",
    ]);
  });
});
