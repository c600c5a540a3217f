/**
 * What a sentence does in a news story, from cue words: a dispute over the news or an
 * assessment by experts. A good brief covers each role the article has once (who did what,
 * the reaction, the dispute, what experts think), so selection rewards a sentence that
 * brings a role no chosen point has yet. The reaction is left to the headline's clauses
 * (rank-sentences.ts): as a cue-word role it cost 0.5 ROUGE-1 on CNN/DailyMail, because
 * "welcomed", "praised" and the like mark colour as often as the news.
 */
export type DiscourseRole = 'dispute' | 'assessment';

const DISPUTE =
  /\b(?:den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|insist(?:s|ed)?|contradict(?:s|ed)?|counter(?:s|ed)|(?:stood|stands?|standing) (?:by|firm on) (?:its|his|her|their|the) (?:policy|position|stance|plan|decision|claims?|view|statement|account|story|remarks|comments|findings|version|assessment|report)|disagree(?:s|d)?|rebuff(?:s|ed)?|push(?:es|ed)? back)\b/i;
const EXPERT_SUBJECT =
  /\b(?:experts?|analysts?|observers?|economists?|scholars?|specialists?|critics?|researchers?|professors?|strategists?|commentators?)\b/i;
const EVALUATIVE =
  /\b(?:doubt(?:s|ed|ful)?|skeptic(?:al|ism)?|sceptic(?:al|ism)?|unlikely|little|warn(?:s|ed)?|caution(?:s|ed)?|question(?:s|ed)?|uncertain|risk(?:s|y)?|fear(?:s|ed)?|concern(?:s|ed)?|no (?:substance|breakthrough)|not expect)\b/i;

export function discourseRoles(sentence: string, speakerIsExpert = false): DiscourseRole[] {
  const roles: DiscourseRole[] = [];
  if (DISPUTE.test(sentence)) roles.push('dispute');
  if ((EXPERT_SUBJECT.test(sentence) || speakerIsExpert) && EVALUATIVE.test(sentence))
    roles.push('assessment');
  return roles;
}
