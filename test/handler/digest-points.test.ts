import { describe, expect, it } from 'vitest';
import { digestPoints } from '../../src/handler/digest-points.js';

describe('digestPoints', () => {
  const points = [
    {
      label: 'Council voted',
      text: 'The council voted 7-2 on Tuesday to build the line, ending a decade of debate.',
    },
    { label: 'Route', text: 'The line will run from Eastgate to the hospital.' },
    { label: 'Cost', text: 'It will cost $182 million.' },
    { label: 'Opening', text: 'Buses start in 2028.' },
  ];

  it('GIVEN a lede that is the core of the first point THEN that point is not repeated under it', () => {
    expect(
      digestPoints('The council voted 7-2 on Tuesday to build the line.', points, 3).map(
        (p) => p.label,
      ),
    ).toEqual(['Route', 'Cost', 'Opening']);
  });

  it('GIVEN a lede from elsewhere THEN the first points are kept, up to the maximum', () => {
    expect(digestPoints('A new tram line is coming.', points, 2).map((p) => p.label)).toEqual([
      'Council voted',
      'Route',
    ]);
  });
});
