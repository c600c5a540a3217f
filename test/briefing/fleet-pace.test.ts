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
});
