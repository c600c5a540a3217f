import { describe, expect, it } from 'vitest';
import {
  digestJson,
  renderDigestMarkdown,
  renderDigestText,
} from '../../src/briefing/render-digest.js';

const digest = {
  kind: 'digest' as const,
  title: 'Your briefing for Tuesday 24 March',
  stories: [
    {
      title: 'Rhine shipping halted as water levels fall to record low',
      url: 'https://courier.example/rhine',
      sources: [
        { name: 'Rhine Valley Courier', url: 'https://courier.example/rhine' },
        { name: 'Continental Wire', url: 'https://wire.example/rhine' },
      ],
      lede: 'Cargo barges stopped moving on the Rhine near Kaub on Tuesday after the water level fell to a record low.',
      keyPoints: [
        { label: 'Record low', text: 'The reading was the lowest since 1930.' },
        { label: 'Industry', text: 'BASF moved part of its supply to rail [and trucks].' },
      ],
    },
    {
      title: 'Tram line approved',
      sources: [{ name: 'Courier' }],
      lede: 'The council voted 41 to 28.',
      keyPoints: [],
    },
  ],
};

describe('rendering a digest', () => {
  it('GIVEN a digest THEN text numbers stories, lists sources, lede, points and link within the width', () => {
    const text = renderDigestText(digest, 60);
    expect(text).toContain('1. Rhine shipping halted as water levels fall to record low');
    expect(text).toContain('   Rhine Valley Courier, Continental Wire');
    expect(text).toContain('   - Record low: The reading was the lowest since 1930.');
    expect(text).toContain('   https://courier.example/rhine');
    expect(text).toContain('2. Tram line approved');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('GIVEN a digest THEN markdown links the title and every source and escapes brackets', () => {
    const md = renderDigestMarkdown(digest);
    expect(md).toContain(
      '### 1. [Rhine shipping halted as water levels fall to record low](https://courier.example/rhine)',
    );
    expect(md).toContain(
      '*Sources: [Rhine Valley Courier](https://courier.example/rhine) · [Continental Wire](https://wire.example/rhine)*',
    );
    expect(md).toContain('- **Industry:** BASF moved part of its supply to rail \\[and trucks\\].');
    expect(md).toContain('### 2. Tram line approved');
  });

  it('GIVEN a story without a link THEN JSON keeps the documented keys with null', () => {
    const json = JSON.parse(digestJson(digest.stories));
    expect(json.stories[1]).toEqual({
      title: 'Tram line approved',
      url: null,
      sources: [{ name: 'Courier', url: null }],
      lede: 'The council voted 41 to 28.',
      keyPoints: [],
    });
  });
});
