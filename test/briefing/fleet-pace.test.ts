import { describe, expect, it } from 'vitest';
import { createFleetPace } from '../../src/briefing/fleet-pace.js';

describe('fleet-wide pacing', () => {
  it('GIVEN messages to Slack and Discord channels THEN Discord takes one global slot in the store, a 40th of a second apart (under its 50 a second); Slack (paced per channel by the replica holding the briefing) and the terminal take none', async () => {
    const reserved: [string, number][] = [];
    const t = new Date('2026-03-24T06:30:00Z');
    const pace = createFleetPace(
      {
        reserveSlot: async (key, spacingMs) => {
          reserved.push([key, spacingMs]);
          return t;
        },
      },
      () => t,
    );
    await pace('slack', 'C1');
    await pace('slack', 'C2');
    await pace('discord', '123');
    await pace('discord', '456');
    await pace('terminal', 'local');
    expect(reserved).toEqual([
      ['discord:global', 25],
      ['discord:global', 25],
    ]);
  });

  it('GIVEN a Discord slot that is already stale when the store answers (a slow round trip, a busy event loop) THEN it is given up and another taken, so the request does not leave among later slots; after 3 retakes it goes anyway', async () => {
    let clock = Date.parse('2026-03-24T06:30:00Z');
    let slowAnswers = 1;
    const reserved: number[] = [];
    const pace = createFleetPace(
      {
        reserveSlot: async (_key, _spacingMs, now) => {
          reserved.push(now.getTime());
          const slot = new Date(now);
          // The answer comes 200 ms after the slot it grants.
          if (slowAnswers-- > 0) clock += 200;
          return slot;
        },
      },
      () => new Date(clock),
    );
    await pace('discord', '123');
    expect(reserved).toHaveLength(2);
    reserved.length = 0;
    slowAnswers = 10;
    await pace('discord', '123');
    expect(reserved).toHaveLength(4);
  });
});
