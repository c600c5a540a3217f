import { describe, expect, it } from 'vitest';
import { discourseRoles } from '../../src/summarizer/discourse-roles.js';

describe('discourseRoles', () => {
  it.each([
    ['The company flatly denied the report.', ['dispute']],
    ['The ministry stood by its decision despite the protests.', ['dispute']],
    ['Analysts doubt the merger will close this year.', ['assessment']],
    ['Economists warned that prices could rise further.', ['assessment']],
    ['The council approved the budget on Tuesday.', []],
    ['She stood by her husband throughout the trial.', []],
  ])('GIVEN %j THEN %j', (sentence, roles) => {
    expect(discourseRoles(sentence)).toEqual(roles);
  });
});
