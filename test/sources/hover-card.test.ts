import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../../src/articles/read-page.js';

/** A story whose names pop up a card of the person's other stories when hovered (The Hill's shape). */
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Man admits threats</title></head>
<body><main><article>
<h1>Man pleads guilty to threatening a congresswoman</h1>
<p>A New York man pleaded guilty to charges he threatened to kill Rep. <span class="rollover-people"><a class="rollover-people-link" href="/people/ada-lind">Ada Lind</a><span class="rollover-people-block"><span><a class="name" href="/people/ada-lind">Ada Lind</a> <a href="/a1">Lind asks court for compassion in sentencing</a> <a href="/a2">Progressives oppose stopgap funding bill</a> <a class="more" href="/people/ada-lind">MORE</a></span></span></span> (D-Minn.), prosecutors announced on Monday.</p>
<p>The man, 55, could face up to ten years in prison and a fine of $250,000 after pleading guilty to threatening to assault and murder a federal official.</p>
<p>His sentencing is scheduled for February, according to the prosecutors' release, and his lawyer said he had never meant to cause harm.</p>
<p>The <span class="tooltip">FBI<span class="tooltip-text">Federal Bureau of Investigation, the domestic intelligence service</span></span> found a dozen guns at his home when agents searched it in the spring.</p>
</article></main></body></html>`;

describe('a hover card in running text', () => {
  it('GIVEN a name or term wrapped in a pop-up card of links or a definition THEN the sentence keeps the name and loses the card', () => {
    const r = readArticlePage(page, 'https://news.example/threats');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toContain(
      'threatened to kill Rep. Ada Lind (D-Minn.), prosecutors announced',
    );
    expect(r.value.text).toContain('The FBI found a dozen guns');
    expect(r.value.text).not.toMatch(/compassion in sentencing|stopgap|MORE|domestic intelligence/);
  });
});
