import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TerminalOptions } from '../../adapters/terminal/index.js';
import { SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { cli, root, runCli } from '../support/run-cli.js';
import { terminalSession } from '../support/terminal-session.js';
import { testTmpDir } from '../support/tmp.js';

const sample = join(root, SAMPLE_ARTICLE);

/** A scripted terminal session (offline: links fail); everything it printed. */
const chatSession = (script: string, extra?: TerminalOptions['extra']) =>
  terminalSession([script], extra ? { extra } : {});

describe('terminal adapter', () => {
  it('GIVEN scripted /news commands THEN each gets an answer through the shared handler', async () => {
    const printed = await chatSession(
      `/news summarize ${sample}\n/news ask what did Trump say?\n/news quotes\nnonsense here\n`,
    );
    expect(printed).toContain('Key points:');
    expect(printed).toContain('Q: what did Trump say?');
    expect(printed).toContain('— Yuan Jingdong, a specialist in Asia-Pacific security issues');
    expect(printed).toContain('I don\'t know "nonsense"');
  });

  it('GIVEN follow-ups after a summary THEN they are shown as indented replies in its thread, and the next summary is not', async () => {
    const printed = await chatSession(
      `/news summarize ${sample}\n/news ask what did Trump say?\n/news more 1\n/news quotes\n/news summarize ${sample}\n`,
    );
    const lines = printed.split('\n');
    const threads = lines.filter((l) => l.startsWith('  ↳ in the thread of “China Sends Envoy'));
    expect(threads).toHaveLength(3);
    const ask = lines.findIndex((l) => l.startsWith('  ↳'));
    expect(lines[ask + 1]).toBe('  │ Q: what did Trump say?');
    // Every line of a thread reply sits under the bar, up to the blank line that ends it.
    const end = lines.indexOf('', ask);
    expect(lines.slice(ask + 1, end).every((l) => l.startsWith('  │'))).toBe(true);
    expect(lines.some((l) => l.startsWith('  │   • '))).toBe(true); // more's new point
    // The second summary is no reply: its title starts a line.
    expect(lines.filter((l) => l.startsWith('China Sends Envoy'))).toHaveLength(2);
  });

  it('GIVEN a host command that throws THEN an error line, and the session keeps answering', async () => {
    const printed = await chatSession('/news morning\n/news help\n', async (line) => {
      if (line === '/news morning') throw new Error('database is locked');
      return undefined;
    });
    expect(printed).toContain('Error: That failed: database is locked');
    expect(printed).toContain('newsbrief summarizes news articles');
  });
});

describe('newsbrief CLI (built dist/)', () => {
  it('GIVEN summarize --format json THEN the four points, labels and quotes with roles', () => {
    const r = runCli(['summarize', sample, '--format', 'json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.keyPoints).toHaveLength(4);
    expect(s.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(
      expect.arrayContaining(['Bonnie Glaser', 'Yuan Jingdong']),
    );
    expect(r.stdout).not.toMatch(/AP Photo|legally licensed|Show Full Article/);
  });

  it('GIVEN ask FILE question THEN the supporting sentences', () => {
    const r = runCli(['ask', sample, 'what is the dual track approach?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('freeze its military drills');
  });

  it('GIVEN bad input THEN a one-line error and a non-zero exit', () => {
    const dir = testTmpDir('newsbrief-cli-');
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.bin');
    const huge = join(dir, 'huge.txt');
    const noSentences = join(dir, 'numbers.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    writeFileSync(huge, 'All work and no play makes Jack a dull boy. '.repeat(120_000));
    writeFileSync(noSentences, '1234 5678 90 ... --- !!!\n');
    for (const [file, pattern] of [
      [join(dir, 'missing.txt'), /no such file/],
      [empty, /empty/],
      [binary, /binary/],
      [huge, /5\.\d MB/],
      [noSentences, /no words/],
    ] as const) {
      const r = runCli(['summarize', file]);
      expect(r.status, file).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
    expect(runCli(['summarize', sample, '--points', '0']).status).not.toBe(0);
  });

  it('GIVEN no arguments and no tokens THEN it summarizes the sample and takes commands from stdin', () => {
    const r = runCli([], { input: '/news ask who is the envoy?\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("China Sends Envoy to N. Korea, Trump Hails 'Big Move'");
    expect(r.stdout).toContain('Q: who is the envoy?');
  });

  it('GIVEN summarize --batch piped into a reader that stops early (| head) THEN it exits 0 without a stack trace', async () => {
    const dir = testTmpDir('newsbrief-pipe-');
    const file = join(dir, 'many.jsonl');
    const text =
      'The dam failed at dawn on Sunday after days of rain. Rescuers reached the valley by noon. Nobody was hurt in the flood, officials said.';
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [cli, 'summarize', '--batch', file], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
    });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    // Read the first chunk, then go away like `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('GIVEN summarize - THEN it reads standard input', () => {
    const r = runCli(['summarize', '-', '--points', '2'], {
      input:
        'The dam failed at dawn on Sunday. Rescuers reached the valley by noon. Nobody was hurt in the flood.',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Key points:');
  });
});
