import { describe, expect, it } from 'vitest';
import { showDoubleQuotations } from '../../src/summarizer/quote-spans.js';

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

  it('GIVEN balanced quotations and a quotation inside a sentence THEN nothing changes', () => {
    const texts = ['He called it "a disgrace" and left.', '"We won," she said. "It was great."'];
    expect(showDoubleQuotations(texts)).toEqual(texts);
  });
});
