import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/summarizer/people.js';
import { prepareArticle } from '../../src/summarizer/prepare.js';
import { findQuotes } from '../../src/summarizer/quotes.js';

function quotesOf(text: string) {
  const { sentences } = prepareArticle(text);
  return findQuotes(sentences, findPeople(sentences)).map(({ speaker, role, text: t }) => ({
    speaker,
    role,
    text: t,
  }));
}

describe('findQuotes', () => {
  it('GIVEN "…," X said THEN X speaks', () => {
    expect(quotesOf('"We will rebuild the bridge within a year," Maria Lopez said.')).toEqual([
      {
        speaker: 'Maria Lopez',
        role: undefined,
        text: 'We will rebuild the bridge within a year.',
      },
    ]);
  });

  it('GIVEN X said: "…" THEN X speaks', () => {
    expect(
      quotesOf('The governor said: "Nobody will be left without power tonight."'),
    ).toMatchObject([
      { speaker: 'The governor', text: 'Nobody will be left without power tonight.' },
    ]);
  });

  it('GIVEN "…," said X, role THEN role is kept', () => {
    expect(
      quotesOf(
        '"The line will carry forty thousand riders a day," said Ann Park, the city\'s transit director.',
      ),
    ).toEqual([
      {
        speaker: 'Ann Park',
        role: "the city's transit director",
        text: 'The line will carry forty thousand riders a day.',
      },
    ]);
  });

  it('GIVEN "…," X, role, told AFP THEN speaker and role are separated', () => {
    expect(
      quotesOf(
        '"Prices will keep rising until the rains come," Tom Reed, an economist at Oxford University, told AFP.',
      ),
    ).toEqual([
      {
        speaker: 'Tom Reed',
        role: 'an economist at Oxford University',
        text: 'Prices will keep rising until the rains come.',
      },
    ]);
  });

  it('GIVEN a surname and a pronoun later THEN both resolve to the full name introduced earlier', () => {
    const q = quotesOf(
      [
        'Yuan Jingdong, a specialist in security at the University of Sydney, expects little.',
        '',
        '"We can expect some very general commitments," Yuan said.',
        '',
        '"The visit is about warning them, not about the weapons," he said. "It is about stability in the region."',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Yuan Jingdong', 'Yuan Jingdong', 'Yuan Jingdong']);
    expect(q[0]?.role).toBe('a specialist in security at the University of Sydney');
    expect(q[2]?.text).toBe('It is about stability in the region.');
  });

  it('GIVEN scare quotes inside a sentence THEN they are not quotes', () => {
    expect(quotesOf('Trump hailed the trip as a "big move" on Thursday, officials said.')).toEqual(
      [],
    );
  });
});
