import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleBlocks, type DomNode } from '../../src/articles/article-blocks.js';
import { isFurnitureLine } from '../../src/articles/furniture-lines.js';

const STORY = [
  'The regional council approved the new flood defences on Tuesday after two years of planning and public hearings.',
  'Work on the embankments will begin in March and is expected to cost about 30 million euros over four years.',
  'Farmers along the river had asked for the scheme after the floods of last winter destroyed their autumn harvest.',
];

function blocks(inner: string): string[] {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="story">${inner}</div></body></html>`,
  );
  return articleBlocks(document.getElementById('story') as unknown as DomNode);
}

const story = STORY.map((s) => `<p>${s}</p>`).join('\n');

describe('article blocks', () => {
  it('GIVEN text outside <p> and a list item holding a heading THEN each is one paragraph, once', () => {
    const out = blocks(`<div>${STORY[0]}</div><ul><li><h3>${STORY[1]}</h3></li></ul>${STORY[2]}`);
    expect(out).toEqual(STORY);
  });

  it('GIVEN a "More stories" heading with its list, and a paragraph that is only a link THEN both are dropped', () => {
    const out = blocks(
      `${story}<p>More Great Stories</p><ul><li>Mayor <a href="/a">resigns</a> after vote</li><li><a href="/b">Rail strike ends</a></li></ul><p><a href="/c">Police close bridge after crash</a></p>`,
    );
    expect(out).toEqual(STORY);
  });

  it('GIVEN a kicker in the header, a share bar printed three times and a class-named credit THEN they are dropped', () => {
    const share = '<div>Facebook Twitter Email</div>';
    const out = blocks(
      `<header><p>FLOOD WATCH</p></header>${share}<p>${STORY[0]}</p>${share}<p>${STORY[1]}<span class="image-credit">Photo: Jan Berg</span></p>${share}<p>${STORY[2]}</p>`,
    );
    expect(out).toEqual(STORY);
  });

  it('GIVEN a large wrapper whose class names sharing THEN the story inside it stays', () => {
    const out = blocks(`<div class="article-with-share-bar">${story}</div>`);
    expect(out).toEqual(STORY);
  });
});

describe('furniture lines', () => {
  it.each([
    'Advertisement',
    'Loading content...',
    'Breaking News Emails',
    'Get breaking news alerts and special reports delivered to your inbox.',
    'Follow him on Twitter @jdoe.',
    'Sign up for our daily newsletter',
    'By Jane Doe and John Smith',
    'Updated 11:04 PM EST',
    'November 19, 2019 at 10:43 am',
    '3 hours ago',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde',
    'The plant at dawn on Monday. (Photo: Jan Berg/AP)',
    'Officials inspect the site. Credit: EPA',
    'Tempo de leitura: 2 minutos',
    '— Jane Doe (@janedoe) November 18, 2019',
    '1 of 6',
    '___',
  ])('GIVEN %j THEN it is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    'Follow-up talks are planned for next week, the ministry said.',
    'The company said it would share the data with regulators by Friday.',
    'Subscribers to the service will pay 10 euros more from January.',
    'By the end of the year, the council expects the bridge to reopen.',
    'Photographs taken by the crew show the damage to the hull.',
    'She signed up for the army in 1998 and served two tours.',
    'Por Navidad, las tiendas abren más tarde.',
    'Von Montag an gelten neue Regeln.',
    'The 2019 final starts at 20:00 in Madrid.',
  ])('GIVEN story text %j THEN it is not furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});
