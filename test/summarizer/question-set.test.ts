import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { defaultDataPath, readEvalFile } from '../../src/eval/dataset.js';
import { answer } from '../../src/summarizer/answer.js';
import type { Article } from '../../src/summarizer/types.js';
import { normalize } from './quote-set.js';

interface Question {
  readonly article: string;
  readonly kind: string;
  readonly question: string;
  readonly answers: readonly string[] | null;
}

const load = (file: string): Question[] =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8')) as {
      questions: Question[];
    }
  ).questions;
const QUESTIONS = load('question-set.json');
/** Written after tuning on QUESTIONS, on unseen articles (question-set-later.json says how they were used). */
const LATER = load('question-set-later.json');
/** Written after the last changes, on six more unseen articles, and not tuned on (its about says how). */
const HELD_OUT = load('question-set-held-out.json');
const FILES = ['cnndm-validation.jsonl', 'bbc-dev.jsonl'].map((f) => defaultDataPath(f));
const haveData = FILES.every((f) => existsSync(f));
if (!haveData)
  console.warn(
    `question set: the 32 questions on ../shared/eval articles skipped; they read ${FILES.join(' and ')}, which are not here.`,
  );

function evalArticles(): Map<string, Article> {
  return new Map(
    FILES.flatMap((f) => {
      const r = readEvalFile(f);
      return r.ok
        ? r.value.map((a) => [a.id, { text: a.text, title: a.title ?? undefined }] as const)
        : [];
    }),
  );
}

interface Tally {
  answered: number;
  answerable: number;
  declined: number;
  unanswerable: number;
  wrong: string[];
}

function run(questions: readonly Question[], articleOf: (q: Question) => Article): Tally {
  const t: Tally = { answered: 0, answerable: 0, declined: 0, unanswerable: 0, wrong: [] };
  for (const q of questions) {
    const a = answer(articleOf(q), q.question);
    if (q.answers === null) {
      t.unanswerable++;
      if (!a.found) t.declined++;
      else t.wrong.push(`${q.article} "${q.question}" answered: ${a.sentences[0]?.slice(0, 90)}`);
      continue;
    }
    t.answerable++;
    const first = normalize(a.sentences[0] ?? '');
    if (a.found && q.answers.some((x) => first.includes(normalize(x)))) t.answered++;
    else
      t.wrong.push(
        `${q.article} "${q.question}" (${q.kind}) ${a.found ? `gave: ${a.sentences[0]?.slice(0, 90)}` : 'declined'}`,
      );
  }
  return t;
}

function report(name: string, t: Tally): void {
  console.log(
    `${name}: answered ${t.answered}/${t.answerable}, declined ${t.declined}/${t.unanswerable}`,
  );
  if (process.env.QUESTION_SET_VERBOSE) console.log(t.wrong.join('\n'));
}

const local = QUESTIONS.filter((q) => !q.article.startsWith('eval:'));

describe('follow-up questions written by hand', () => {
  it('GIVEN the questions on summaries/articles THEN the answer sentence comes first, and what the article does not say is declined', () => {
    const t = run(local, (q) => ({ text: readFileSync(join(packageRoot(), q.article), 'utf8') }));
    report('question set (summaries/articles)', t);
    expect(t.answered).toBeGreaterThanOrEqual(Math.ceil(t.answerable * 0.85));
    expect(t.declined).toBeGreaterThanOrEqual(t.unanswerable - 1);
  });

  it.skipIf(!haveData)(
    'GIVEN all 60 questions (20 articles of ../shared/eval too) THEN >= 50 answered with the answer sentence first, >= 8 of 10 declined',
    () => {
      const articles = evalArticles();
      const t = run(QUESTIONS, (q) => {
        if (!q.article.startsWith('eval:'))
          return { text: readFileSync(join(packageRoot(), q.article), 'utf8') };
        const a = articles.get(q.article.slice('eval:'.length));
        if (!a) throw new Error(`${q.article} is not in ${FILES.join(', ')}`);
        return a;
      });
      report('question set (all 60)', t);
      expect(t.answered).toBeGreaterThanOrEqual(50);
      expect(t.declined).toBeGreaterThanOrEqual(8);
    },
  );

  it.skipIf(!haveData)(
    'GIVEN 29 questions written after tuning, on other eval articles THEN at least 21 handled',
    () => {
      const articles = evalArticles();
      const t = run(LATER, (q) => {
        const a = articles.get(q.article.slice('eval:'.length));
        if (!a) throw new Error(`${q.article} is not in ${FILES.join(', ')}`);
        return a;
      });
      report('question set (29 written later)', t);
      expect(t.answered + t.declined).toBeGreaterThanOrEqual(21);
    },
  );

  it.skipIf(!haveData)(
    'GIVEN 18 held-out questions on six articles answer.ts was not tuned on THEN >= 12 of 15 answered, 3 of 3 declined',
    () => {
      const articles = evalArticles();
      const t = run(HELD_OUT, (q) => {
        const a = articles.get(q.article.slice('eval:'.length));
        if (!a) throw new Error(`${q.article} is not in ${FILES.join(', ')}`);
        return a;
      });
      report('question set (18 held out)', t);
      expect(t.answered).toBeGreaterThanOrEqual(12);
      expect(t.declined).toBeGreaterThanOrEqual(3);
    },
  );
});
