import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataPath, readEvalFile } from '../../src/eval/dataset.js';
import { attributionAfter, attributionBefore } from '../../src/summarizer/attribution.js';
import { findPeople } from '../../src/summarizer/people.js';
import { prepareArticle } from '../../src/summarizer/prepare.js';
import { findQuotes } from '../../src/summarizer/quotes.js';
import { summarize } from '../../src/summarizer/summarize.js';

function quotesOf(text: string) {
  const { sentences } = prepareArticle(text);
  return findQuotes(sentences, findPeople(sentences)).map(({ speaker, role, text: t }) => ({
    speaker,
    role,
    text: t,
  }));
}

describe('findQuotes', () => {
  it.each([
    [
      'But Larne boss Jimmy McGeough has yet to confirm the move. "I heard on Sunday that he has joined," McGeough said.',
      'Jimmy McGeough',
      'Larne boss',
    ],
    [
      'Rovers\' boss Alan Reid accepted the referee had no option. "I\'m glad to see the spirit of the players," Reid said.',
      'Alan Reid',
      "Rovers' boss",
    ],
    [
      'Pama’s defence lawyer Bruce Peters said the neighbour was known for loud music. ‘He was being pushed at the same time,’ Mr Peters said.',
      'Bruce Peters',
      'Pama’s defence lawyer',
    ],
    [
      'Audit office head Sir John Barnes said: "In difficult circumstances we have worked hard to get a deal."',
      'John Barnes',
      'Audit office head',
    ],
    [
      'Yesterday Freedonia\'s economy minister, Roberto Lamas, said the results were near. "We will be ready by Thursday," Mr Lamas said.',
      'Roberto Lamas',
      "Freedonia's economy minister",
    ],
    [
      'But Edwin Lee, who is chairman of the public accounts committee, warned the government. "This report shows the first sale failed," Mr Lee said.',
      'Edwin Lee',
      'chairman of the public accounts committee',
    ],
    [
      'BBC news correspondent Gary O\'Donnell said the row would go on. "She is likely to face calls for restraint," Mr O\'Donnell said.',
      "Gary O'Donnell",
      'BBC news correspondent',
    ],
    [
      'The country\'s new president, Mikhail Sadze, has said that anyone may come forward. "There will be no prosecution," Mr Sadze said.',
      'Mikhail Sadze',
      "the country's new president",
    ],
    [
      'The Scottish Green Party leader, David Macrae, questioned the ban. "We need to know what is exempted," Mr Macrae said.',
      'David Macrae',
      'the Scottish Green Party leader',
    ],
    [
      'They have lost eight of their last 13 matches - Ireland coach Eddie Sullivan says his side are ready. "We will not underestimate them," Sullivan said.',
      'Eddie Sullivan',
      'Ireland coach',
    ],
    [
      'Peter Sanders of the CMF said advance refusals should be advisory. "Doctors must keep the last word," Mr Sanders said.',
      'Peter Sanders',
      'of the CMF',
    ],
    [
      'That is one reason, says Frederic Savin, a politics lecturer at the University of Lille. "In the region today people are afraid," Mr Savin said.',
      'Frederic Savin',
      'a politics lecturer at the University of Lille',
    ],
    [
      'When Utah photographer Alan Lorenz learned the news, he wrote to friends. "It was the best day of my life," Lorenz said.',
      'Alan Lorenz',
      'photographer',
    ],
    [
      'In a new tutorial YouTube star Promise Tanaka turns herself into a witch. "It took me six hours," Tanaka said.',
      'Promise Tanaka',
      'YouTube star',
    ],
    [
      'Association of Chief Police Officers president Chris Foxton said the power was too weak. "There is not a lot of pain for the premises," Mr Foxton said.',
      'Chris Foxton',
      'Association of Chief Police Officers president',
    ],
  ])(
    'GIVEN the role an article gives a speaker (%j) THEN the quote has it, whole',
    (text, speaker, role) => {
      expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([[speaker, role]]);
    },
  );

  it('GIVEN "Nina Berg, Fjord Bank chief economist, said …" and her words later THEN the quote has her office with the bank\'s name; a time before a clause ("Last October, Rovers lost 2-0 at Elm Park,") is no one', () => {
    const text =
      'Nina Berg, Fjord Bank chief economist, said there was no need to change the forecast. ' +
      'Last October, Rovers lost 2-0 at Elm Park, which ended their unbeaten run. ' +
      '"Sound fundamentals will carry the market through 2025," Ms Berg said.';
    expect(quotesOf(text)).toEqual([
      {
        speaker: 'Nina Berg',
        role: 'Fjord Bank chief economist',
        text: 'Sound fundamentals will carry the market through 2025.',
      },
    ]);
    const { sentences } = prepareArticle(text);
    expect(findPeople(sentences).map((p) => p.name)).not.toContain('Last October');
  });

  it('GIVEN a coach\'s words, a sentence about a player, then words that name the player THEN they are not the player\'s; after "He added he was glad", words that name him are his', () => {
    const coach =
      '"Eddie told me how tough they had made it," said Lions coach Clive Wood. ' +
      'And Scotland forward Simon Tailor looks certain to get the call. ' +
      '"I took lessons from 2001 about fitness. "Every player is looked at on merit and Simon Tailor is an outstanding player."';
    expect(quotesOf(coach).map((q) => q.speaker)).not.toContain('Simon Tailor');
    const himself =
      '"I could have been badly hurt," Ozzie Osborne said. He added he was glad the intruders were not hurt. ' +
      '"I wouldn\'t want anyone to get injured. "People know where Osborne lives."';
    expect(quotesOf(himself).map((q) => q.speaker)).toEqual(['Ozzie Osborne', 'Ozzie Osborne']);
  });

  it('GIVEN "“…,” said Singh Jabar, 24, from Punjab’s Bhatinda" THEN his age is no part of the role shown', () => {
    const q = quotesOf(
      '“This was the fourth time I have been deported,” said Singh Jabar, 24, from Punjab’s Bhatinda.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Singh Jabar']);
    expect(q[0]?.role ?? '').not.toMatch(/^\d/);
  });

  it('GIVEN an analyst\'s words, then "But Dave Wren is doubtful." and four sentences about "he" before "…," he says THEN Dave Wren speaks, not the analyst', () => {
    const text = [
      '"It is a nascent area but quite exciting," said Ian Fogg, Jupiter Research analyst.',
      'But Dave Wren is doubtful.',
      'He designed the format called RSS, which keeps web users up to date.',
      'Podcasts rely on his technology because it is the way they are distributed.',
      'He is also writer of the longest-running weblog on the net.',
      'He thinks its power lies in its democratising potential.',
      '"We are the sources, the people doing stuff," he says.',
    ].join(' ');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Ian Fogg', 'Dave Wren']);
  });

  it('GIVEN a captain\'s words after "The 27-year-old, who captained St Helens …, said", a team-mate named before "\'I think Sean\'s situation …,\' he said", and ", and Sculthorpe said" before "\'…,\' he said" THEN no club, and no one the words speak of, is the speaker', () => {
    const text = [
      'Paul Scully has admitted he would love to succeed Andy Farrell as skipper.',
      '"I would definitely want the job," Scully told BBC Sport.',
      'The 27-year-old, who captained St Helens to Challenge Cup success last year, said following Farrell would be a challenge.',
      '"Andy would be a hard act to follow but it is something I am confident of being up to," he said.',
      'Sean Lang, Scully\'s Saints team-mate, has expressed doubts about his international future. "I think Sean\'s situation is to do with the sheer number of games we are playing," he said.',
      'St Helens have been linked with a move for young forward Sonny Bill Williams, and Scully said he would love the 19-year-old to come to Knowsley Road.',
      '"He is a great player who can certainly hit hard in defence," he said.',
    ].join(' ');
    const speakers = quotesOf(text).map((q) => q.speaker);
    expect(speakers).not.toContain('St Helens');
    expect(speakers).not.toContain('Sean Lang');
    expect(speakers.filter((x) => x === 'Paul Scully').length).toBeGreaterThanOrEqual(3);
  });

  it('GIVEN a quotation whose closing mark was lost, running on into "Ed Milner, speaking at the rally, said …" THEN his words stop before that narration', () => {
    const q = quotesOf(
      "In a speech, Ed Milner said: 'We will build a new generation of towns and garden cities. Ed Milner, speaking at the rally, said a Labour government would get Britain building again. 'We will make housing the top priority for investment.'",
    );
    expect(q[0]?.speaker).toBe('Ed Milner');
    expect(q[0]?.text).not.toMatch(/speaking at the rally/);
  });

  it("GIVEN quotations whose closing marks were lost or mismatched, running on into the writer's sentences THEN the quote stops where the words stop being theirs", () => {
    const nested = quotesOf(
      "'Mr. Smith never characterised the teams with that phrase,' the ministry said in a statement. 'On the contrary ... he referred to them as people with 'impressive skills.'' Germany's Spiegel Online quoted the finance minister as saying a delay was 'out of the question', otherwise an exit could not be ruled out.",
    );
    expect(nested[0]?.text).not.toMatch(/Spiegel/);
    const reported = quotesOf(
      "However, Mr Hayes said: \"It would be totally unacceptable for a chief constable to say, 'I am very sorry'. He said that police should make sure responsible people could benefit from the law.",
    );
    expect(reported[0]?.speaker).toBe('Hayes');
    expect(reported[0]?.text).not.toMatch(/He said that police/);
  });

  it('GIVEN "Analysts at Royal Bank of Scotland said …" THEN the bank is no person "of Scotland"', () => {
    const { sentences } = prepareArticle(
      'Analysts at Royal Bank of Scotland said rates would rise. "It is a matter of time," the bank said.',
    );
    expect(findPeople(sentences).map((p) => p.name)).not.toContain('Royal Bank');
  });

  it('GIVEN "…," X said THEN X speaks', () => {
    expect(quotesOf('"We will rebuild the bridge within a year," Maria Lopez said.')).toEqual([
      {
        speaker: 'Maria Lopez',
        role: undefined,
        text: 'We will rebuild the bridge within a year.',
      },
    ]);
  });

  it('GIVEN "…," the IAAF said THEN the IAAF speaks, with no role (not "the")', () => {
    expect(
      quotesOf('"There will be a final right of appeal to the court," the IAAF said.'),
    ).toEqual([
      {
        speaker: 'IAAF',
        role: undefined,
        text: 'There will be a final right of appeal to the court.',
      },
    ]);
  });

  it('GIVEN "…," says Harbour Bank\'s Simon Lyle THEN Simon Lyle speaks, with Harbour Bank as his role', () => {
    expect(
      quotesOf(
        '"The ferry issue had been an ongoing one for some time," says Harbour Bank\'s Simon Lyle.',
      ),
    ).toMatchObject([{ speaker: 'Simon Lyle', role: 'Harbour Bank' }]);
  });

  it('GIVEN "Castleton boss Neil Fraser" and then "…," he said THEN Neil Fraser speaks as Castleton boss', () => {
    expect(
      quotesOf(
        'Castleton boss Neil Fraser was angry about the sending-off. "I have watched it back and it is never a second yellow," he said.',
      ),
    ).toMatchObject([{ speaker: 'Neil Fraser', role: 'Castleton boss' }]);
  });

  it('GIVEN a party and title before the name ("Tory MP Michael Mates") THEN the person speaks, the title is the role', () => {
    expect(
      quotesOf('"That, as a general rule, is right," said Tory MP Michael Mates.'),
    ).toMatchObject([{ speaker: 'Michael Mates', role: 'Tory MP' }]);
  });

  it('GIVEN "The MP, who …, told BBC News:" after "Tory MP Howard Flight\'s …" THEN Howard Flight speaks', () => {
    expect(
      quotesOf(
        'Tory MP Howard Flight\'s local party met on Tuesday. But the association did not comment. The MP, who is consulting his lawyers, told BBC News: "They selected me and they can dispose of me."',
      ),
    ).toMatchObject([{ speaker: 'Howard Flight' }]);
  });

  it('GIVEN "The Lord Chief Justice, Lord Woolf, … said" and a quotation THEN Lord Woolf speaks, not "Justice"', () => {
    expect(
      quotesOf(
        'The Lord Chief Justice, Lord Woolf, who is the most senior judge in England, said the work paved the way for the act. "He was a lawyer and a judge who had a remarkable insight into human nature."',
      )[0]?.speaker,
    ).toBe('Lord Woolf');
  });

  it('GIVEN "Okafor, a nurse, said …" after another speaker\'s quote THEN "she said" is Okafor\'s, not the last speaker\'s', () => {
    const q = quotesOf(
      'Bank economist Simon Lyle said the figures were worse than expected. "We did not expect arrears to double," he said. Okafor, a nurse, said she had borrowed money from her sister. "I work full time and I still cannot keep up," she said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Simon Lyle', 'Okafor']);
  });

  it('GIVEN X said: "…" THEN X speaks', () => {
    expect(
      quotesOf('The governor said: "Nobody will be left without power tonight."'),
    ).toMatchObject([
      { speaker: 'The governor', text: 'Nobody will be left without power tonight.' },
    ]);
  });

  it('GIVEN "…," said X, role THEN role is kept', () => {
    expect(
      quotesOf(
        '"The line will carry forty thousand riders a day," said Ann Park, the city\'s transit director.',
      ),
    ).toEqual([
      {
        speaker: 'Ann Park',
        role: "the city's transit director",
        text: 'The line will carry forty thousand riders a day.',
      },
    ]);
  });

  it('GIVEN "…," X, role, told AFP THEN speaker and role are separated', () => {
    expect(
      quotesOf(
        '"Prices will keep rising until the rains come," Tom Reed, an economist at Oxford University, told AFP.',
      ),
    ).toEqual([
      {
        speaker: 'Tom Reed',
        role: 'an economist at Oxford University',
        text: 'Prices will keep rising until the rains come.',
      },
    ]);
  });

  it('GIVEN a surname and a pronoun later THEN both resolve to the full name introduced earlier', () => {
    const q = quotesOf(
      [
        'Yuan Jingdong, a specialist in security at the University of Sydney, expects little.',
        '',
        '"We can expect some very general commitments," Yuan said.',
        '',
        '"The visit is about warning them, not about the weapons," he said. "It is about stability in the region."',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Yuan Jingdong', 'Yuan Jingdong']);
    expect(q[0]?.role).toBe('a specialist in security at the University of Sydney');
    // The quotation goes on after "he said": one quote, kept whole.
    expect(q[1]?.text).toBe(
      'The visit is about warning them, not about the weapons. It is about stability in the region.',
    );
  });

  it('GIVEN scare quotes inside a sentence THEN they are not quotes', () => {
    expect(quotesOf('Trump hailed the trip as a "big move" on Thursday, officials said.')).toEqual(
      [],
    );
  });

  it('GIVEN single quotation marks (British style) and apostrophes THEN only the quotes are quotes', () => {
    const q = quotesOf(
      "Jonjo O'Neill said he liked rock 'n' roll. 'The dogs' owners can't come on Saturday, it's a pity,' said O'Neill. ‘I’d love good ground at Aintree,’ he added.",
    );
    expect(q).toEqual([
      {
        speaker: "Jonjo O'Neill",
        role: undefined,
        text: "The dogs' owners can't come on Saturday, it's a pity.",
      },
      { speaker: "Jonjo O'Neill", role: undefined, text: 'I’d love good ground at Aintree.' },
    ]);
  });

  it('GIVEN said:, added:, replied and told reporters THEN each names its speaker', () => {
    const q = quotesOf(
      [
        'Council leader Ann Berg said: "We will publish the budget next week."',
        '',
        'Her deputy, Joe Mills, added: "Nothing has been cut from the schools."',
        '',
        '"That is simply not true," replied opposition leader Sam Kerr.',
        '',
        '"We expect a decision by Friday," Kerr told reporters outside the hall.',
      ].join('\n'),
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Ann Berg', 'council leader'],
      ['Joe Mills', 'deputy'],
      ['Sam Kerr', 'opposition leader'],
      ['Sam Kerr', 'opposition leader'],
    ]);
  });

  it('GIVEN a role before the name THEN the role is the words before it', () => {
    expect(
      quotesOf(
        '"Every flight will leave on time tomorrow," Southwest spokesperson Jane Doe told reporters.',
      ),
    ).toEqual([
      {
        speaker: 'Jane Doe',
        role: 'Southwest spokesperson',
        text: 'Every flight will leave on time tomorrow.',
      },
    ]);
  });

  it('GIVEN a quote over several paragraphs THEN it is one quote, kept whole', () => {
    const q = quotesOf(
      [
        'Coach Lee Park said: "We trained hard all winter.',
        '',
        '"The players believe in the plan now.',
        '',
        '"Nobody here is afraid of the big games."',
        '',
        'The club plays again on Saturday.',
      ].join('\n'),
    );
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe(
      'We trained hard all winter. The players believe in the plan now. Nobody here is afraid of the big games.',
    );
  });

  it('GIVEN an expert not involved in the case THEN the quote is the expert’s, not the accused’s', () => {
    const q = quotesOf(
      [
        'John Carter, 45, is accused of poisoning his neighbour’s dog.',
        '',
        'Carter denies the charge and will stand trial in May.',
        '',
        '"Cases like this are very hard to prove without a test of the food," said Dr Helen Ash, a vet who was not involved in the case.',
        '',
        '"Most owners never find out what happened," she said.',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Helen Ash', 'Helen Ash']);
  });

  it('GIVEN a partial quote inside the reporter’s sentence THEN it is not a quote', () => {
    expect(
      quotesOf("The lawyer said his client was 'reckless' and only trying to 'scare the jogger'."),
    ).toEqual([]);
  });

  it('GIVEN "she says" after a sentence naming only places THEN the speaker named before them', () => {
    const q = quotesOf(
      [
        'Offshoring is not to blame, Ms Cara Diemont says.',
        '',
        'Call centres in Europe or North America perform like those in India.',
        '"You can make call centres perform anywhere with good management," she says.',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Cara Diemont']);
  });

  it('GIVEN a quotation right after "announced a fund" THEN the fund is not the speaker', () => {
    const q = quotesOf(
      [
        'Ed Miliband spoke at the rally on Monday.',
        '',
        "Announcing a £5 billion Future Homes Fund, he said Labour would build homes. In a speech, he said: 'There is nothing more British than the dream of home ownership.'",
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ed Miliband']);
  });

  it('GIVEN "X said … but Y rejected his comments. \'…,\' he said." THEN Y speaks, not X', () => {
    expect(
      quotesOf(
        'Lleyton Hewitt said he had had enough of asking for faster courts but Tennis Australia\'s Geoff Pollard rejected his comments. "We did ask for it to be made faster, and it is faster," he said.',
      ),
    ).toMatchObject([{ speaker: 'Geoff Pollard' }]);
  });

  it('GIVEN "…, but Holt said:" THEN Holt speaks, not the last noun phrase before the comma', () => {
    const q = quotesOf(
      'Coach Dana Holt saw her side lose 3-1. A late goal gives them hope for the second leg, but Holt said: "We were poor from start to finish."',
    );
    expect(q).toMatchObject([{ speaker: 'Dana Holt', text: 'We were poor from start to finish.' }]);
  });

  it('GIVEN a quotation before the attribution in the same sentence THEN the role holds none of it', () => {
    const q = quotesOf(
      '"We can still win the tie away from home." Harbour FC keeper Ola Berg, whose rivalry with the home striker is well known, said: "I blame myself for the second goal."',
    );
    expect(q.at(-1)?.speaker).toBe('Ola Berg');
    expect(JSON.stringify(q)).not.toContain('#');
  });

  it('GIVEN "Speaking to a newspaper, the 24-year-old Swiss added:" THEN the newspaper is not the speaker: the one the story opens on is', () => {
    const q = quotesOf(
      'Mia Keller will play in Pattaya next month. Speaking to Le Matin, the 24-year-old Swiss added: "There will not be as many people there."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mia Keller']);
  });

  it('GIVEN "the actor, whose films include The Lost Harbour, said:" THEN the film is not the speaker', () => {
    const q = quotesOf(
      'The Oscar-nominated actor, whose films include Dark Water, Silent Bay and Star Wars: The Lost Harbour, said: "The theatre gave me my start."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['The Oscar-nominated actor']);
  });

  it('GIVEN "he said" after a sentence naming an event and a possessor THEN the person, not the event', () => {
    const q = quotesOf(
      [
        'Ronan Keogh hailed the win over England.',
        'The Munster number 10 kicked 14 points to keep alive their Grand Slam hopes. He told BBC Sport: "We made hard work of it today."',
        'But Dublin\'s Leinster counterpart Tom Byrne was in no mood to celebrate. He said: "We were second best."',
        'Ana Ruiz will play at the Volvo Women\'s Open in Pattaya. "I don\'t know how my body will react," she said.',
      ].join('\n\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ronan Keogh', 'Tom Byrne', 'Ana Ruiz']);
  });

  it('GIVEN "sources close to President Reyes said" THEN Reyes is not the speaker', () => {
    expect(
      quotesOf('"The talks will resume in March," sources close to President Reyes said.').map(
        (x) => x.speaker,
      ),
    ).not.toContain('Reyes');
  });

  it('GIVEN a nationality before a name, or a name run on from a lost full stop THEN the speaker is the person alone', () => {
    const q = quotesOf(
      [
        'Top-seeded Americans Tom Drake and Ben Ash reached the last eight in San Jose.',
        'Drake was unhappy with his form. "I am not playing great," he said.',
        '',
        'Stats via CricketData But Stewart, who also coaches the county side, is open to offers. "You should never say no to your country," he said.',
        'Ray Stewart took charge of the county last year.',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Drake', 'Ray Stewart']);
  });

  it('GIVEN a quotation with no attribution after a sentence naming a charity or a programme THEN no speaker rather than the charity', () => {
    const q = quotesOf(
      [
        'Ministers will review the allowance paid to foster carers next year.',
        '',
        'The review was welcomed by Fostering Network on Monday. "There is just no logic to a system which values children differently."',
        '',
        'Ann Lee, a foster carer, said the allowance had not risen in four years. "We are out of pocket every month," Lee said.',
        'Lee spoke on the Today Programme. "Nobody takes this on for the money."',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).not.toContain('Fostering Network');
    expect(q.map((x) => x.speaker)).not.toContain('Today Programme');
    expect(q.map((x) => x.speaker)).toContain('Ann Lee');
  });

  it('GIVEN a bare quotation after a sentence about a club or a tournament THEN neither is its speaker', () => {
    const q = quotesOf(
      [
        'David Beckham expressed relief at Real Madrid\'s place in the last 16. Beckham said: "It was expected of Madrid to get through."',
        '',
        'Second place means Real Madrid cannot face Manchester United. But Real Madrid could be drawn against Arsenal. "It is going to be great whoever we play."',
        '',
        'The draw for the Australian Open is on Friday. "I will be heading there with a lot of question marks."',
      ].join('\n'),
    );
    const speakers = q.map((x) => x.speaker);
    expect(speakers).not.toContain('Real Madrid');
    expect(speakers).not.toContain('Australian Open');
  });

  it('GIVEN "Shadow"/"Former" before the role and the name THEN the role keeps it', () => {
    const q = quotesOf(
      'Shadow home secretary Tom Hale told MPs the plan was flawed. "This will not work," Mr Hale said. Former minister Ruth Cole disagreed. "It already works," Ms Cole said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Tom Hale', 'shadow home secretary'],
      ['Ruth Cole', 'former minister'],
    ]);
  });

  it('GIVEN a bare quotation after "One leading Karachi broker said …" THEN neither the place nor the last named speaker speaks', () => {
    const q = quotesOf(
      'Shares rose 3.5%, the biggest gain in years. "I am least surprised by the market\'s performance," said exchange chairman Yaseen Lakhani. One leading Karachi broker said the real reasons may be political. "Arab money will not go to the US any more."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Yaseen Lakhani']);
  });

  it("GIVEN \"'…,' smiles one broker. '…'\" THEN the second quotation is not given to the person named before", () => {
    const q = quotesOf(
      'Exchange chairman Yaseen Lakhani said the rise rested on sound foundations. "You can call it a peace dividend," smiles one broker. "Let us see how long one can reap its benefits."',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Yaseen Lakhani');
  });

  it('GIVEN "he added" after a quotation "said a club official" THEN "he" is not the player the story is about', () => {
    const q = quotesOf(
      'Former Chelsea striker Adrian Mutu is to begin talks with Juventus. "Mutu will be in our main stand to watch the match," said a Juventus official, who declined to be named. "Then he will meet some important people of the club," he added.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Adrian Mutu');
  });

  it('GIVEN "But Parry, speaking to BBC Sport, also admits Gerrard …" then "He told …: \'…\'" THEN Parry speaks, not Gerrard', () => {
    const q = quotesOf(
      'Steven Gerrard has been linked with Chelsea all season. But Parry, speaking exclusively to BBC Sport, also admits Gerrard will have the final say on his future. He told BBC Five Live: "Steven is above money. He is the future of Liverpool." Parry added that the club would not sell. "We will not sell him," Parry said.',
    );
    expect(q[0]?.speaker).toBe('Parry');
  });

  it('GIVEN "But when asked if …, Parry said:" THEN the question is no role of his', () => {
    const q = quotesOf(
      'Liverpool chief executive Rick Parry spoke to the press. But when asked if Gerrard would be a Liverpool player on the first day of next season, Parry said: "I sincerely hope he will be. Steven knows my views."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Rick Parry', 'Liverpool chief executive'],
    ]);
  });

  it('GIVEN "A senior source at the club told the BBC:" THEN a source at the club speaks, not the club', () => {
    const q = quotesOf(
      'The board will meet this week. A senior source at the club told the BBC: "This time it is different."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['A senior source at the club']);
  });

  it('GIVEN "Yet Evan Mann, a senior bond analyst, said …" and then "he said" THEN the speaker is Evan Mann, without the "Yet"', () => {
    const q = quotesOf(
      'Peter Lynch, the new chief executive, said cuts were coming. Yet Evan Mann, a senior bond analyst at Gimme Credit, said the job would not be easy. "The real big issue is what is going to happen next," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Evan Mann', 'a senior bond analyst at Gimme Credit'],
    ]);
  });

  it('GIVEN "A spokeswoman for the RAD said:" THEN the spokeswoman for the RAD speaks (not "RAD, spokeswoman for the")', () => {
    const q = quotesOf(
      'The contest starts next week. A spokeswoman for the RAD said: "It is our responsibility to re-ignite the passion." Finding Neverland lost in its category. A spokesman for the UK Film Council said: "It is disappointing not to have more British winners."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['A spokeswoman for the RAD', undefined],
      ['A spokesman for the UK Film Council', undefined],
    ]);
  });

  it('GIVEN "But a Green Party spokesman said … \'…,\' he added." THEN the spokesman speaks, not a name said before', () => {
    const q = quotesOf(
      'Much of the party\'s funding came from millionaire Sir Peter Vane, who paid for its billboards. Critics have accused the party of buying votes. But a Green Party spokesman said the two big parties had spent £10m between them. "With the advantages of public money, the only way small parties can be heard is by buying advertising space," he added.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['A Green Party spokesman']);
  });

  it("GIVEN a participle attribution after a quotation that ends a sentence THEN the new sentence's subject speaks", () => {
    const q = quotesOf(
      'Reacting to a comment by club chairman Tim Pollard, the striker said: "I think it is insulting. That is all I will say." A Rovers club spokesperson denied Pollard made the remark, insisting: "He definitely did not say it."',
    );
    expect(q.map((x) => x.speaker).at(-1)).toBe('A Rovers club spokesperson');
  });

  it("GIVEN \"'…,' commented A while B believes …, saying: '…'\" THEN B speaks the second quotation", () => {
    const q = quotesOf(
      "The post drew mixed reactions online. 'The mind boggles,' commented Tracy Allen while Susan Ford believes the man should have been fined, saying: 'Give him a night in a cell, he might think twice next time.'",
    );
    expect(q.find((x) => x.text.startsWith('Give him'))?.speaker).toBe('Susan Ford');
  });

  it('GIVEN "Lib Dem chairman Matthew Hale has written …, saying:" after a quotation THEN Matthew Hale speaks, not "Lib Dem"', () => {
    const q = quotesOf(
      'The watchdog said it had reminded the parties of the rules. "Political parties are aware of the regulations." Lib Dem chairman Matthew Hale has now written to the watchdog, saying: "The advice we have received is that these calls are not marketing."',
    );
    expect(q.find((x) => x.text.startsWith('The advice'))?.speaker).toBe('Matthew Hale');
  });

  it('GIVEN "Mr Lamb has failed …, he claimed. \'…\'" THEN the quotation is the one who claimed it, not Mr Lamb', () => {
    const q = quotesOf(
      'Opposition leader Michael Dunn said Prime Minister Tony Lamb had lost his way. "We need a fresh start," Mr Dunn said. Mr Lamb has failed to tackle the problems facing the country, he claimed. "The result is higher taxes and worse services for everyone."',
    );
    expect(q.find((x) => x.text.startsWith('The result'))?.speaker).toBe('Michael Dunn');
  });

  it('GIVEN "Apple said in a statement" in an article that names the Apple Developer Connection THEN Apple speaks', () => {
    const q = quotesOf(
      'The action was against members of the Apple Developer Connection, a group of programmers. "Members receive advance copies of our software under strict confidentiality agreements," Apple said in a statement.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Apple']);
  });

  it('GIVEN "He also defended …" between a named speaker and a bare quotation THEN the named speaker speaks, not a name in that sentence', () => {
    const q = quotesOf(
      'Yes campaign chairman John Tomaney said he hoped for a late flurry of votes. He also defended his attack on Tory strategist Lynton Crosby, who advises the other side. "We felt we had to show what people were behind the No campaign."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['John Tomaney']);
  });

  it('GIVEN "The hand-written, four-page lawsuit said:" THEN the lawsuit is the source, not "The hand-written" with a role', () => {
    const q = quotesOf(
      'A viewer is suing the network over a stunt. The hand-written, four-page lawsuit said: "To have the people on the show eat dead rats was crazy."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['The hand-written, four-page lawsuit', undefined],
    ]);
  });

  it("GIVEN \"A wrote: '…,' while B added: '…'\" THEN the first quotation is A's, not B's", () => {
    const q = quotesOf(
      "The post drew mixed reactions. Janet Gamble wrote: 'Some people really are just stupid,' while Sarah Edge added: 'Only in this town would that happen.'",
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Janet Gamble', 'Some people really are just stupid.'],
      ['Sarah Edge', 'Only in this town would that happen.'],
    ]);
  });

  it('GIVEN "the researchers, who included Chao Lin, warned … They said: \'…\'" THEN the researchers speak, not Chao Lin', () => {
    const q = quotesOf(
      "However, the researchers, who also included Chao Lin from Kunming University, warned that the new species may be under threat. They said: 'The macaque is threatened by illegal hunting and the building of dams.'",
    );
    expect(q.map((x) => x.speaker)).toEqual(['The researchers']);
  });

  it('GIVEN "The statement added:" after a quotation that ended the sentence before THEN the statement speaks, not words of that sentence', () => {
    const q = quotesOf(
      'A club spokesperson denied Phillips made the remark, insisting: "He definitely did not say it." The statement added: "It was said by someone else at the end of a radio interview."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['A club spokesperson', 'The statement']);
  });

  it('GIVEN "Earlier, David Rowe, Chief Executive of Hereford Hospitals NHS Trust, had said:" THEN David Rowe speaks, with the title and its organisation as role', () => {
    const q = quotesOf(
      'The trust closed its doors to Welsh patients. Earlier, David Rowe, Chief Executive of Hereford Hospitals NHS Trust, had said: "It is with real regret that we have taken this step."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['David Rowe', 'Chief Executive of Hereford Hospitals NHS Trust'],
    ]);
  });

  it('GIVEN a role read on past where it ends ("… general manager said at the launch", "…, though he said …") THEN the role stops there', () => {
    const q = quotesOf(
      '"We believe the console will appeal to all ages," David Yarn, Nintendo Europe\'s general manager said at the recent press launch. "We just don\'t think adoption is a game show," said Tommy Shenk, the station\'s general manager, though he said his decision had not been influenced by protests.',
    );
    expect(q.map((x) => x.role)).toEqual([
      "Nintendo Europe's general manager",
      "the station's general manager",
    ]);
  });

  it('GIVEN "the son of Attorney General Raul Lopez Salazar, jumped off a cruise ship …," THEN that predicate is no role of his', () => {
    const text =
      'One such individual, the eldest son of then-Chiapas Attorney General Raul Lopez Salazar, jumped off a cruise ship off the coast of Brazil during the 2014 World Cup and vanished without a trace, Before he jumped, he told his friends to film it.';
    const { sentences } = prepareArticle(text);
    expect(
      findPeople(sentences).find((p) => p.name === 'Raul Lopez Salazar')?.role ?? '',
    ).not.toMatch(/jumped/);
  });

  it('GIVEN "Now he fears … including captain Jason Robinson …" before "he added" THEN the captain named in the list does not speak', () => {
    const q = quotesOf(
      'Sale director of rugby Philippe Saint-Andre has reopened the club-versus-country debate. Now he fears it could derail the club\'s cup hopes after eight players, including captain Jason Robinson, were away. "We are in the quarter-finals, it is always better to play at home," he added.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Jason Robinson');
  });

  it('GIVEN "Fly-half Jonny Wilkinson" named once and "Wilkinson, who …" before "he said" THEN Jonny Wilkinson speaks', () => {
    const q = quotesOf(
      'Fly-half Jonny Wilkinson has been named England captain. England coach Andy Robinson said: "He is a natural leader." Wilkinson, who has scored 817 points in 52 internationals, kicked the winning drop-goal in 2003. But he then missed the 2004 Six Nations. "It is the ambition of so many players to be captain of England," he said.',
    );
    expect(q.at(-1)?.speaker).toBe('Jonny Wilkinson');
  });

  it('GIVEN "Mr Currington, like many of the 70,000 users, said" THEN a comparison is no role', () => {
    const q = quotesOf(
      'Robert Currington uses the relay service every day. Mr Currington, like many of the UK\'s 70,000 BSL users, said: "The relay service makes phone conversations a pleasure."',
    );
    expect(q[0]?.role).toBeUndefined();
  });

  it.each([
    ['Party co-chairman Liam Fern', /co-chairman/],
    ['Ex-foreign secretary Robin Cole', /^Ex-foreign secretary$/],
    ['Swansea-born actor-director Terry Palmer', /actor-director/],
  ])(
    'GIVEN "%s told reporters … \'…,\' he said" THEN the role keeps the whole office, not the end of a hyphened word',
    (named, role) => {
      const q = quotesOf(
        `The debate went on. ${named} told reporters the party was united. "We should not be so afraid to say what we stand for," he said.`,
      );
      expect(q[0]?.role ?? '').toMatch(role);
    },
  );

  it('GIVEN a decade cut short ("since the \'90s") before a quotation THEN the apostrophe opens nothing', () => {
    const q = quotesOf(
      "The company has built crew rests since the '90s and is the market leader for this area. They aimed to start from a clean slate. 'The goal was to improve sleep for every crew member,' a spokesperson for the firm said.",
    );
    expect(q.map((x) => x.text)).toEqual(['The goal was to improve sleep for every crew member.']);
  });

  it('GIVEN "Jenson Brown, naturally disappointed, said" THEN how he felt is no role; "Dave Hawks, rally driver, said" keeps his', () => {
    const q = quotesOf(
      'The rain spoiled qualifying. Jenson Brown, naturally disappointed, said: "The car did not feel bad but the lap time is not there." Dave Hawks, rally driver, said: "We use the latest technology from an Italian company."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Jenson Brown', undefined],
      ['Dave Hawks', 'rally driver'],
    ]);
  });

  it('GIVEN "A Department for Constitutional Affairs spokeswoman said …" then "\'…,\' she said" THEN the spokeswoman speaks, not "Constitutional Affairs"', () => {
    const q = quotesOf(
      'Lord Wolf said he wanted to establish the principle. A Department for Constitutional Affairs spokeswoman said the two men agreed about what happened in practice. "Their disagreement is about a very narrow point of the law," she said.',
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'A Department for Constitutional Affairs spokeswoman',
    ]);
  });

  it("GIVEN \"Launching the Department for Constitutional Affairs' plan, Lord Falconer said: … He went on: '…'\" THEN Lord Falconer speaks, not a name in the fronted clause", () => {
    const q = quotesOf(
      'The plan was published on Monday. Launching the Department for Constitutional Affairs\' plan, Lord Falconer said: "Victims will come first." He went on: "Giving evidence is a nerve-wracking experience for anyone."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lord Falconer']);
  });

  it('GIVEN "Before her meeting with Martinez, Davenport believes …" before a bare quotation THEN Davenport speaks; "According to Federer himself, …" still names who says', () => {
    const q = quotesOf(
      'Lindsay Davenport reached the quarter-finals on Tuesday. Before her meeting with Conchita Martinez, Davenport believes there is some room for improvement in her game. "I started well and finished well, but played some so-so games in the middle."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lindsay Davenport']);
  });

  it('GIVEN "said Jurgen den Hartog, one of the researchers" THEN the name keeps its "den"', () => {
    const q = quotesOf(
      'The team built the largest panoramic photo. "We had to rewrite almost all the tools we used," said Jurgen den Hartog, one of the researchers.',
    );
    expect(q[0]?.speaker).toBe('Jurgen den Hartog');
  });

  it.each([
    ['Former Labour leader Lord Kinlock', 'former Labour leader'],
    ['Former US president Bill Clifton', 'former US president'],
  ])(
    'GIVEN "%s said … he told …: \'…\'" THEN the role keeps "Former" and what it was of',
    (named, role) => {
      const q = quotesOf(
        `${named} said the chancellor would be best placed to take over. When asked about the future, he told the programme: "That contest is a long way away."`,
      );
      expect(q[0]?.role).toBe(role);
    },
  );

  it('GIVEN "… but Reidar Wasen, a senior manager at Nokia, was adamant … He said: \'…\'" THEN Wasen speaks, not a name earlier in the sentence', () => {
    const q = quotesOf(
      'One problem is that the name Visual Radio makes people think of television but Reidar Wasen, a senior manager at Nokia, was adamant that the two should not be confused. He said: "I am very happy to say it is not television."',
    );
    expect(q[0]?.speaker).toBe('Reidar Wasen');
  });

  it.each([
    ['Ms Dunmore, who chairs the Transport Committee,', 'chair of the Transport Committee'],
    ["Mikko Halonen, who heads F-Safe's anti-virus team,", "head of F-Safe's anti-virus team"],
    ['Kvarsell, 25, who is also an officer,', 'an officer'],
    ["Paul Tellman, who is also Bombrex's president,", "Bombrex's president"],
  ])('GIVEN "%s says: \'…\'" THEN the role reads as who they are: "%s"', (named, role) => {
    const q = quotesOf(
      `The plans were criticised on Tuesday. ${named} says: "Small increases in speed raise the risks hugely."`,
    );
    expect(q[0]?.role).toBe(role);
  });

  it('GIVEN "Serena Wills, who is also in Dubai, added: \'…\'" THEN where she is is no role', () => {
    const q = quotesOf(
      'The women deserve the same, the champion said. Serena Wills, who is also in Dubai, added: "I am obviously for equal prize money."',
    );
    expect(q[0]?.speaker).toBe('Serena Wills');
    expect(q[0]?.role).toBeUndefined();
  });

  it('GIVEN "\'…,\' a statement issued on behalf of Robert Zell, US Trade Representative, said." THEN Robert Zell speaks, the office is his role', () => {
    const q = quotesOf(
      'The US said its trade with the bloc was worth $155bn. "Although the EU is a customs union, there is no single EU customs administration," a statement issued on behalf of Robert Zell, US Trade Representative, said.',
    );
    expect(q[0]?.speaker).toBe('Robert Zell');
    expect(q[0]?.role).toBe('US Trade Representative');
  });

  it('GIVEN "Agent Brian Hassell …", then "said Hassel" and "Hassall made it clear … Manchester City, who … \'…,\' he said" THEN the agent speaks both (the copy\'s slips), not the club', () => {
    const q = quotesOf(
      'Agent Brian Hassell says no approach has been received. "I know there is interest from a Brazilian club," said Hassel. Hassall made it clear that a move to Manchester City, who are badly in need of a midfield play-maker, was more of a possibility than Botafogo. "It was a thought at one stage," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Brian Hassell', 'Brian Hassell']);
  });

  it.each([
    ['Lindsay Davenport', 'Daveport'],
    ['Pranab Mukherjee', 'Mukerjee'],
  ])(
    'GIVEN %s named in full and later "\'…,\' said %s." THEN the quotation is theirs (a letter left out of a long name is a slip of the copy)',
    (full, slip) => {
      const q = quotesOf(
        `${full} has backed equal prize money. "The best women are never going to beat the best men," said ${slip}.`,
      );
      expect(q[0]?.speaker).toBe(full);
    },
  );

  it('GIVEN "Lisa Johnston" named in full and later "said Johnson" THEN Johnson is someone else (in a shorter name only a doubled letter written once is a slip)', () => {
    const q = quotesOf(
      'Lisa Johnston has backed equal prize money. "The best women will get there," said Johnson.',
    );
    expect(q[0]?.speaker).toBe('Johnson');
  });

  it('GIVEN "Coach Mark Dale …" and then "said Dole" THEN Dole is someone else (a slip is read only in a name of six letters or more)', () => {
    const q = quotesOf('Coach Mark Dale praised the squad. "We were ready," said Dole.');
    expect(q[0]?.speaker).toBe('Dole');
  });

  it.each([
    [
      '"The Commission aims to protect consumers," the Commission said in a statement.',
      'the Commission',
    ],
    [
      'Writing in the Northern Echo, the Bishop said: "Conspiracy theories are always fun."',
      'the Bishop',
    ],
  ])(
    'GIVEN %s THEN "%s" speaks, as the article names it (not a bare word read as a surname)',
    (text, speaker) => {
      const q = quotesOf(`The novel has sold millions of copies. ${text}`);
      expect(q[0]?.speaker).toBe(speaker);
    },
  );

  it('GIVEN "\'…,\' said UK Chancellor of the Exchequer Gordon Browne." THEN Gordon Browne speaks, the whole office is his role', () => {
    const q = quotesOf(
      'Ministers backed the plan. "This is the first time gold has been mentioned in a communique," said UK Chancellor of the Exchequer Gordon Browne.',
    );
    expect(q[0]?.speaker).toBe('Gordon Browne');
    expect(q[0]?.role).toBe('UK Chancellor of the Exchequer');
  });

  it('GIVEN "Conservative policy co-ordinator David Camden, MP for Whitby, added: \'…\'" THEN David Camden speaks, not "MP for Whitby"', () => {
    const q = quotesOf(
      'The rivalry was criticised on Sunday. Conservative policy co-ordinator David Camden, MP for Whitby, added: "If it was not so serious it would be funny."',
    );
    expect(q[0]?.speaker).toBe('David Camden');
  });

  it('GIVEN "A spokesman for US Immigration, Customs and Enforcement, Dean Boyle, said … He told the BBC: \'…\'" THEN Dean Boyle speaks, not the agency', () => {
    const q = quotesOf(
      'A spokesman for US Immigration, Customs and Enforcement, Dean Boyle, said the men did not appear to be motivated by money. He told the BBC News website: "Primarily they were just interested in how fast they could crack the code."',
    );
    expect(q[0]?.speaker).toBe('Dean Boyle');
  });

  it.each([
    'Defiant Matt Willis says he will not quit as coach even if his side lose again. "I have never quit anything in my life," he told BBC Sport.',
    'Delighted Matt Willis said: "I have never quit anything in my life."',
  ])(
    'GIVEN %s THEN Matt Willis speaks (the adjective that opens the sentence is no part of his name)',
    (text) => {
      const q = quotesOf(text);
      expect(q[0]?.speaker).toBe('Matt Willis');
    },
  );

  it('GIVEN "Frank Lampard said: \'…\'" THEN "Frank" stays his name (a name first, as written)', () => {
    const q = quotesOf('Frank Lampard said: "We will be ready for the final."');
    expect(q[0]?.speaker).toBe('Frank Lampard');
  });

  it.each([
    [
      'Ministers may scrap the agency, Work and Pensions Secretary Alan Johns has warned. "We will look at every option," he said.',
      'Alan Johns',
      'Work and Pensions Secretary',
    ],
    [
      'Maternity pay will rise. "We have made a firm commitment," said Trade and Industry Secretary Patricia Hewet.',
      'Patricia Hewet',
      'Trade and Industry Secretary',
    ],
  ])(
    'GIVEN %s THEN %s speaks as the %s (a department joined by "and" is one title)',
    (text, speaker, role) => {
      const q = quotesOf(text);
      expect([q[0]?.speaker, q[0]?.role]).toEqual([speaker, role]);
    },
  );

  it('GIVEN "backed by Tony Blare and Foreign Secretary Jack Strawe" THEN Jack Strawe is the Foreign Secretary (a name before "and" is no department)', () => {
    const { sentences } = prepareArticle(
      'The plan was backed by Tony Blare and Foreign Secretary Jack Strawe on Monday.',
    );
    expect(findPeople(sentences).map((p) => [p.name, p.role])).toEqual([
      ['Jack Strawe', 'Foreign Secretary'],
    ]);
  });

  it('GIVEN "\'…,\' 50 Cent said." THEN "50 Cent" speaks, not "Cent" (a stage name may open on a number)', () => {
    const q = quotesOf(
      'The rappers ended their feud. "We are here to show that people can rise above the most difficult circumstances," 50 Cent said.',
    );
    expect(q[0]?.speaker).toBe('50 Cent');
  });

  it('GIVEN "Tory MP Howard Flite was sacked. Mr Howard criticised the remarks. \'…,\' he said." THEN Mr Howard speaks, not Howard Flite ("Mr" says a surname, which no given name matches)', () => {
    const q = quotesOf(
      'Tory MP Howard Flite was sacked on Friday. Mr Howard criticised the remarks. "These comments were unacceptable," he said.',
    );
    expect(q[0]?.speaker).toBe('Mr Howard');
  });

  it('GIVEN "Scottish Finance Minister, Tom McCabe MSP, said … Mr McCabe is also looking … \'…,\' he said." THEN the minister speaks (the letters after his name are no part of it)', () => {
    const q = quotesOf(
      'Scottish Finance Minister, Tom McCabe MSP, said the money was new. Mr McCabe is also looking for councils to act. "However, more must be done," he said.',
    );
    expect(q[0]?.speaker).toMatch(/^Tom McCabe/);
  });

  it('GIVEN a story about Gordon Browne and "… the chancellor told reporters: \'…\'" THEN Gordon Browne speaks (the office describes the one the story is about)', () => {
    const q = quotesOf(
      [
        'Gordon Browne has said he trusts the prime minister, despite claims in a new book.',
        'The book claims the premier went back on a pledge to stand down.',
        'Before he left for Africa on Tuesday, the chancellor told reporters: "Of course I trust the prime minister."',
      ].join(' '),
    );
    expect(q[0]?.speaker).toBe('Gordon Browne');
  });

  it('GIVEN "actress - Imelda Stanton" in a list and "Stanton is also the personal choice of Steven Gaydon, … But while he tipped Swank to win, … \'…,\' he told …" THEN Gaydon speaks, not the actress', () => {
    const q = quotesOf(
      [
        'Stanton is also the personal choice of Steven Gaydon, executive editor of industry magazine Variety.',
        'But while he tipped Swank to win, he predicted it would be a close contest.',
        '"Everything has the ability to flip by one vote," he told the BBC News website.',
        'The critics picked their winners. Film - Sideways; actress - Imelda Stanton.',
      ].join(' '),
    );
    expect(q[0]?.speaker).toBe('Steven Gaydon');
  });

  it('GIVEN "her husband, businessman Tom Bradey" before "Bradey said … \'…,\' she said" THEN the quotation is not his (a noun of one sex before a name shows it)', () => {
    const q = quotesOf(
      [
        'Gisela Bundy arrived with her husband, businessman Tom Bradey.',
        'Bradey said the couple would stay in Boston.',
        '"We love the city," she said.',
      ].join(' '),
    );
    expect(q[0]?.speaker).not.toBe('Tom Bradey');
  });

  it('GIVEN a caption "The film 50 First Dates starring Adam Sandlar and Drew Barrymoor has inspired … in Riverdale, New York" before "\'…,\' she said" THEN the director named before speaks, not the film\'s stars or the city', () => {
    const q = quotesOf(
      [
        'Charlotte Delle, director of social services at the home, said the film inspired her to think about how the idea could help residents.',
        "The film 50 First Dates starring Adam Sandlar and Drew Barrymoor has inspired a new dementia experiment at a care home in Riverdale, New York 'We are looking to see if we can set a positive tone for the day,' without using drugs, she said.",
      ].join(' '),
    );
    expect(q[0]?.speaker).toBe('Charlotte Delle');
  });

  it('GIVEN "Arsenal boss Arsene Wengar would consider signing Adrian Mutus … Mutus was sacked … - a move Wengar has backed. But he said: \'…\'" THEN Wengar speaks, not the player', () => {
    const q = quotesOf(
      'Arsenal boss Arsene Wengar would consider signing Adrian Mutus once the striker has served his ban. Mutus was sacked by Chelsea on Friday after testing positive for cocaine - a move Wengar has backed. But he said: "I don\'t even wonder if that could happen because I think he will be suspended for a long period."',
    );
    expect(q[0]?.speaker).toBe('Arsene Wengar');
  });

  it("GIVEN '\"Will I have as much desire …?\" Holmes asked in the New Year.' after a pundit's quotation THEN Holmes asks it (a name and a verb of saying after a question are its attribution); '\"…?\" Mr Milbourne replied that …' is not", () => {
    const q = quotesOf(
      [
        'Kelly Holmer won two golds.',
        '"You have to have a real strong desire to carry on," said former Olympian Steve Crum.',
        'But alarm bells start ringing when the athlete begins questioning herself.',
        '"Will I have as much commitment, desire and energy to go through a major championship?" Holmer asked in the New Year.',
      ].join(' '),
    );
    expect(q.find((x) => x.text.startsWith('Will I'))?.speaker).toBe('Kelly Holmer');
    const replied = quotesOf(
      'Tory spokesman Julian Lewes challenged Alan Milbourne. "Given the outrage that smear caused, how could you have thought anything else?" Mr Milbourne replied that they were not anti-Semitic.',
    );
    expect(replied.find((x) => x.text.startsWith('Given'))?.speaker).not.toBe('Alan Milbourne');
  });

  it.each([
    ["Rovers' assistant manager Mark Bowden said:", "Rovers' assistant manager"],
    ["Wales' team physiotherapist Mark Davis said:", "Wales' team physiotherapist"],
  ])(
    'GIVEN "%s \'…\'" THEN the role keeps its plural possessive (the apostrophe is no quotation mark)',
    (said, role) => {
      const q = quotesOf(
        `The striker will miss three weeks. ${said} "He had a small operation on his knee."`,
      );
      expect(q[0]?.role).toBe(role);
    },
  );

  it.each([
    'Launching the Department for Constitutional Affairs\' plan, Lord Falkner said: "One of the top priorities will be a better deal for victims."',
    'Martin Hellwell, who had also made a point of visiting Evans\' shop, said: "If you have got stuff to get rid of, it is a good place to do it."',
  ])(
    'GIVEN %s THEN no role: a clause fronted before the name, or what the speaker had done, is not who they are',
    (text) => {
      const q = quotesOf(`The sale drew crowds. ${text}`);
      expect(q[0]?.role).toBeUndefined();
    },
  );

  it.each([
    [
      'But on Wednesday Prime Minister Yulia Tymoshenka said the government would renationalise 3,000 firms. "We will return what was taken," she said.',
      'Prime Minister',
    ],
    [
      'Earlier Foreign Secretary Jack Strawe said the UK was prepared to veto any bid. "Europe has benefited from the free market," he said.',
      'Foreign Secretary',
    ],
    [
      '"No new factories will be built," said Xing Wang, a spokesman for the State Tobacco Administration quoted in China Daily.',
      'a spokesman for the State Tobacco Administration',
    ],
  ])(
    'GIVEN %s THEN the role is %s (when it was said, and where it was quoted, are no part of it)',
    (text, role) => {
      const q = quotesOf(`Prices rose again. ${text}`);
      expect(q[0]?.role).toBe(role);
    },
  );

  it('GIVEN "Clint Eastwoode\'s Million Dollar Baby beat …" and later "\'…,\' Eastwoode said." THEN Clint Eastwoode speaks (a full name before a possessive is a person, whatever follows it)', () => {
    const q = quotesOf(
      'Clint Eastwoode\'s Million Dollar Baby beat Martin Scorsese\'s The Aviator to the top awards. "It was a wonderful adventure," Eastwoode said.',
    );
    expect(q[0]?.speaker).toBe('Clint Eastwoode');
  });

  it('GIVEN "Songwriter Guy Chambers, who has worked with stars …" and later "Chambers said: \'…\'" THEN Guy Chambers speaks ("Chambers" is a surname, and a songwriter an occupation, not part of the name)', () => {
    const q = quotesOf(
      'Songwriter Guy Chambers, who has worked with stars including Robbie Williams, has backed the scheme. At a debate in London, Chambers said: "I think it is important that young people learn about copyright."',
    );
    expect(q[0]?.speaker).toBe('Guy Chambers');
  });

  it('GIVEN "After the ruling Carla Fersten, legal director of the rights group Redress, said: \'…\'" THEN Carla Fersten speaks, not Redress; "Reacting to a comment by chairman Tim Philips, the American said:" is still the American\'s', () => {
    const q = quotesOf(
      'The judges ruled against the inquiry. After the ruling Carla Fersten, legal director of the rights group Redress, said: "It is not enough for the military to investigate behind closed doors."',
    );
    expect([q[0]?.speaker, q[0]?.role]).toEqual([
      'Carla Fersten',
      'legal director of the rights group Redress',
    ]);
    const described = quotesOf(
      'World number one Lindsey Davenpart has criticised Wimbledon. Reacting to a disputed comment by All England Club chairman Tim Philips, the American said: "I think it is highly insulting."',
    );
    expect(described[0]?.speaker).not.toBe('Tim Philips');
  });

  it('GIVEN "said Frank Weiser, head of the Labour Agency, in a statement" THEN the role ends before "in a statement"', () => {
    const q = quotesOf(
      'Unemployment fell. "There are clear signs of a revival," said Frank Weiser, head of the Labour Agency, in a statement.',
    );
    expect(q[0]?.role).toBe('head of the Labour Agency');
  });

  it('GIVEN "Ian Gibb, for example, urged …, declaring: \'…\'" THEN "for example" is no role', () => {
    const q = quotesOf(
      'MPs are growing irritated. Ian Gibb, for example, urged the two men to stop squabbling, declaring: "For goodness sake, you have to rise above petulance."',
    );
    expect(q[0]?.role).toBeUndefined();
  });

  it('GIVEN "Since Blinx launched it has faced …" between the speaker and "he said" THEN "Since Blinx" is no speaker', () => {
    const q = quotesOf(
      'Suranga Chandra, co-founder of Blinx, said the program was growing fast. Since Blinx launched it has faced competition from firms such as Google and Apple. "Our users do not stop using other search systems," he said.',
    );
    expect(q.at(-1)?.speaker).toBe('Suranga Chandra');
  });

  it('GIVEN "In a speech on the re-election of George Bush, Mr Kennel said …" before "he said" THEN Mr Kennel speaks, not the name in the fronted phrase', () => {
    const q = quotesOf(
      'Lib Dem leader Charles Kennel wants an exit plan. In a speech on the re-election of President George Bush, Mr Kennel said Iraq had become a crucible of terrorism. He wants a phased withdrawal. "There are some who think the presence of troops feeds the insurgency," he said.',
    );
    expect(q.at(-1)?.speaker).toBe('Charles Kennel');
  });

  it('GIVEN "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:" THEN Peter Ainsworth speaks, the chairmanship is his role', () => {
    const q = quotesOf(
      'The report was a rebuke, a correspondent said. Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The policy is an alarming example of disjointed thinking."',
    );
    expect(q[0]?.speaker).toMatch(/^Peter Ainsworth/);
    expect(q[0]?.role).toBe('Chairman of the Environmental Audit Committee');
  });

  it("GIVEN \"'…,' Morquendi's message read. '…'\" and \"Drogba's agent said\" THEN the message and the agent are the sources, not a name said before", () => {
    const q = quotesOf(
      'Mr Gupta edits a blog. In one message, Morquendi wrote about a woman who was running home. "She was being swept away," Morquendi\'s message read. "She grabbed a tree with one hand and her friend with the other."',
    );
    expect(q.map((x) => x.speaker)).toEqual(["Morquendi's message"]);
    expect(
      quotesOf('Drogba was injured. "He will be out for a month," Drogba\'s agent said.'),
    ).toEqual([
      { speaker: "Drogba's agent", role: undefined, text: 'He will be out for a month.' },
    ]);
  });

  it('GIVEN "Lord Nicholls of Birkenhead, in his ruling, said:" THEN the peer speaks by his whole title, and "in his ruling" is no role', () => {
    const q = quotesOf(
      'The law lords ruled on Thursday. Lord Nicholls of Birkenhead, in his ruling, said: "Indefinite imprisonment without charge is anathema."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Lord Nicholls of Birkenhead', undefined]]);
  });

  it('GIVEN "said Final Wars producer Shogo Tomiyama" then "he added" THEN the producer speaks both, not the film', () => {
    const q = quotesOf(
      'Godzilla received a star. "Godzilla should thank you for this star," said Final Wars producer Shogo Tomiyama. "But unfortunately, he cannot speak English," he added. Party leader Lib Dem Charles Kennedy was there.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Shogo Tomiyama', 'Shogo Tomiyama']);
  });

  it('GIVEN "Their lawyer Majeed Memon said" THEN the role shown is "lawyer" (whose, the summary cannot say); "his row with manager" is no role', () => {
    const q = quotesOf(
      'The accused protested. Their lawyer Majeed Memon said: "How can a film say it is telling the true story?"',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Majeed Memon', 'lawyer']]);
  });

  it('GIVEN "He portrayed Mr Ebbers … as obsessed with costs. \'…\'" after Mr Sullivan spoke THEN Sullivan speaks, not Ebbers', () => {
    const q = quotesOf(
      [
        'Former WorldCom boss Bernie Ebbers is on trial for fraud. Ex-finance chief Scott Sullivan gave evidence on Tuesday. "We did not disclose these adjustments," he said. "The information was false." Mr Sullivan said his former boss knew more about accounting than many finance chiefs.',
        '',
        'He portrayed Mr Ebbers, a charismatic businessman who built up WorldCom, as obsessed with costs. "He would talk about that there were more coffee filters than coffee bags."',
      ].join('\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Scott Sullivan', 'Scott Sullivan']);
  });

  it('GIVEN "And he hit back at claims he had used Mrs Dixon …" before a quotation THEN "he" (the leader named before) speaks, not the woman he spoke of', () => {
    const q = quotesOf(
      'Tory leader Michael Howard told his party that Labour would say anything. Mr Howard denied he had been playing politics by raising the case of Margaret Dixon, whose operation had been cancelled. And he hit back at Labour claims he had used Mrs Dixon as a "human shield". "She is not a human shield, she is a human being."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Michael Howard']);
  });

  it('GIVEN "Glasgow band Franz Tomlin frontman Alan Kerr has called for …" before "\'…,\' he said" THEN Alan Kerr speaks as the band\'s frontman, not the band', () => {
    const q = quotesOf(
      'Glasgow band Franz Tomlin frontman Alan Kerr has called for more government help for musicians. "For any cultural output to thrive there needs to be some kind of state input," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Alan Kerr', 'Franz Tomlin frontman']]);
  });

  it('GIVEN "For Rick Dean, director of business development …" THEN the speaker is Rick Dean, not "For Rick Dean" or a film he worked on', () => {
    const q = quotesOf(
      'For Rick Dean, director of business development for THX, a high-definition future is an exciting prospect. He has worked on Finding Nemo and The Incredibles. "There was a time not so long ago when the film world was different."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Rick Dean']);
  });

  it('GIVEN "Dr David Gillingwater" and "Professor James Marshall" THEN "Dr" is no role shown, "Professor" is shown as "professor"', () => {
    const q = quotesOf(
      'Toyota unveiled the pods on Tuesday. "They are clearly concept vehicles," said Dr David Gillingwater. Bees were studied too. "The bees act just like a honeybee colony," said Professor James Marshall.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['David Gillingwater', undefined],
      ['James Marshall', 'professor'],
    ]);
  });

  it('GIVEN "according to his jockey Liam Treadwell" and "his owners and trainer Michael Scudamore" THEN roles "jockey" and "trainer", not "given his owners and trainer"', () => {
    const q = quotesOf(
      [
        "Monbeg Dude is now 10 and, according to his jockey Liam Treadwell, 'likes to do things at his own pace' but this was the latest wonderful day he had given his owners and trainer Michael Scudamore.",
        '',
        '"Pride is the word I would use," said Scudamore.',
        '',
        '"I am absolutely delighted," said Treadwell.',
      ].join('\n'),
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Michael Scudamore', 'trainer'],
      ['Liam Treadwell', 'jockey'],
    ]);
  });

  it('GIVEN "The 21-year-old …" or "The Brazilian …" as the subject before "he added" THEN the one named before speaks, not a name in that sentence', () => {
    const robben = quotesOf(
      'Chelsea winger Arjen Robben has broken his foot. The 21-year-old missed three months after a challenge with Roma\'s Olivier Dacourt. And he added: "It felt different then."',
    );
    expect(robben.map((x) => x.speaker)).toEqual(['Arjen Robben']);
    const edu = quotesOf(
      'Arsenal midfielder Edu Gaspar spoke after the game. The Brazilian confirmed tempers had flared in the tunnel with United boss Sir Alex Ferguson. "I saw people pushing," he told reporters.',
    );
    expect(edu.map((x) => x.speaker)).toEqual(['Edu Gaspar']);
  });

  it('GIVEN "The prime minister shrugged off claims from Tory leader Michael Howard" before "he said" THEN the office\'s one holder speaks, and with no holder not the name after the verb', () => {
    const blair = quotesOf(
      'Prime Minister Tony Blair visited the plant on Monday. The prime minister shrugged off claims from Tory leader Michael Howard that the plan had failed. "We have drawn a line under it," he said.',
    );
    expect(blair.map((x) => x.speaker)).toEqual(['Tony Blair']);
    const nobody = quotesOf(
      'Michael Howard has backed the research. But the party leader argued with Prime Minister Tony Blair over it. "We have a duty to offer hope," he said.',
    );
    expect(nobody.map((x) => x.speaker)).not.toContain('Tony Blair');
  });

  it('GIVEN "The mayor then says:" or "Mr Brown later told reporters:" THEN the adverb is no part of who speaks', () => {
    const mayor = quotesOf(
      'Mayor of London Ken Livingstone was heard on tape. The mayor then says: "Ah right, well you might be, but you are just like a guard."',
    );
    expect(mayor.map((x) => x.speaker)).not.toContain('The mayor then');
    expect(mayor).toHaveLength(1);
    const brown = quotesOf(
      'Chancellor Gordon Brown refused to comment on the new book. Mr Brown later told reporters: "Of course I trust the prime minister."',
    );
    expect(brown.map((x) => x.speaker)).toEqual(['Gordon Brown']);
  });

  it('GIVEN \'"…," he once said\' in a profile THEN no one speaks, not the actor named in the sentence before', () => {
    const q = quotesOf(
      'Arthur Hailey wrote eleven best-selling novels. The book was adapted into a hit film in 1970, starring Burt Lancaster as the airport manager. "I have never been able to write quickly or easily. I am too self-critical," he once said.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Burt Lancaster');
  });

  it('GIVEN a title in parentheses ("artists such as Ludacris (Stand Up)") before "he said" THEN the title is no one who speaks', () => {
    const q = quotesOf(
      'Kanye West began as a producer. Artists such as Ludacris (Stand Up) had hits with his beats. "Anytime I hear about any accident I just thank God that I am still here," he said.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Stand Up');
  });

  it('GIVEN "when asked whether he would do the same again replied: …" THEN "the same" is no speaker', () => {
    const q = quotesOf(
      'The singer did not want to talk in detail but when asked whether he would do the same again replied: "Is the Pope a Catholic, then?"',
    );
    expect(q.map((x) => x.speaker)).not.toContain('the same');
  });

  it('GIVEN "…," Makrus Åsberg, a 25-year-old officer with the police Uppsala, Sweden, told … THEN Åsberg speaks, not "Sweden"', () => {
    const q = quotesOf(
      "Four Swedish police officers stopped an assault on a subway train. 'We came here for vacation. We are no heroes, just tourists,' Makrus Åsberg, a 25-year-old officer with the police Uppsala, Sweden, told the New York Post.",
    );
    expect(q.map((x) => x.speaker)).toEqual(['Makrus Åsberg']);
  });

  it('GIVEN speakers whose names open on a capital outside A-Z ("Émile Zola", "Łukasz Özdemir") THEN each is named whole', () => {
    const q = quotesOf(
      'The family will fight on. "We will appeal this ruling," said Émile Zola, the family lawyer. Afterwards Łukasz Özdemir said: "It is not over yet for any of us."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Émile Zola', 'Łukasz Özdemir']);
  });

  it('GIVEN "Later John Smith said:" or "Earlier chief constable Green questioned …" THEN the time word is no part of the name', () => {
    const q = quotesOf(
      'The council met on Monday. Later John Smith said: "It is not over yet for any of us." Notts police chief Steve Green said innocent people would suffer. Earlier chief constable Green questioned how his officers would apply the powers. "If you look at the Market Square on a Friday, a fight takes place every week," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['John Smith', 'Steve Green']);
  });

  it("GIVEN a quotation heading a caption (\"'We're no heroes': The Swedish cops (pictured) … said they were …\") THEN no one named in the caption speaks it", () => {
    const q = quotesOf(
      "The officers were on holiday. 'We're no heroes, just tourists': The Swedish cops (pictured left to right) Erik Nilsson, 26, and Eric Jansberger, 28, said they were just answering the call of duty.",
    );
    expect(q.map((x) => x.speaker)).not.toContain('Eric Jansberger');
  });

  it('GIVEN "Chief executive José Müller said …" and "Zoë Ødegaard, a senior analyst at Nordbank," THEN the people index has both, each with the whole of their role', () => {
    const { sentences } = prepareArticle(
      'The firm reported a loss. Chief executive José Müller said the plan would work. Zoë Ødegaard, a senior analyst at Nordbank, disagreed.',
    );
    expect(findPeople(sentences).map((p) => [p.name, p.role])).toEqual([
      ['José Müller', 'Chief executive'],
      ['Zoë Ødegaard', 'a senior analyst at Nordbank'],
    ]);
  });

  it('GIVEN "win favour with new chairman Jim Mann" and "said chairman and chief executive officer Bill Ford" THEN a role holds no preposition, and "and" only between offices', () => {
    const { sentences } = prepareArticle(
      'Locke has won favour with new chairman Jim Mann since February. The results were announced by chairman and chief executive officer Bill Ford on Monday.',
    );
    expect(findPeople(sentences).map((p) => [p.name, p.role])).toEqual([
      ['Jim Mann', 'new chairman'],
      ['Bill Ford', 'chairman and chief executive officer'],
    ]);
  });

  it('GIVEN "Tory leader Michael Howard" and "Lib Dem home affairs spokesman Mark Oaten" THEN the party is part of the role', () => {
    const { sentences } = prepareArticle(
      'Tory leader Michael Howard called for an inquiry on Monday. Lib Dem home affairs spokesman Mark Oaten backed him.',
    );
    expect(findPeople(sentences).map((p) => [p.name, p.role])).toEqual([
      ['Michael Howard', 'Tory leader'],
      ['Mark Oaten', 'Lib Dem home affairs spokesman'],
    ]);
  });

  it('GIVEN "Veteran actor Robert Hardy" and later "Mr Hardy, a close friend of Richard Burton, said" THEN Robert Hardy speaks, with the role the article gave him first', () => {
    const q = quotesOf(
      'Veteran actor Robert Hardy is selling his collection of antiques. Mr Hardy, a close friend of Richard Burton, said he was sad to sell it. "Downsizing and losing a great part of a treasured library makes for sadness," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Robert Hardy', 'veteran actor']]);
  });

  it('GIVEN "President Okoro of Nigeria" and later "said General Okoro" and "Gen Okoro told" THEN Okoro speaks both, as the President (not "General Okoro", with the title as his role)', () => {
    const q = quotesOf(
      'Farmers must be paid on time, President Okoro of Nigeria has said. "The money is there and it will be paid this month," said General Okoro. Ministers met on Monday. Gen Okoro told reporters: "Nobody will be left without their payment this year."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Okoro', 'President'],
      ['Okoro', 'President'],
    ]);
  });

  it('GIVEN "Helen Marsh, a historian at Leeds," and later "Professor Marsh was …" before "…," she says THEN Helen Marsh speaks (not "Professor Marsh")', () => {
    const q = quotesOf(
      'Helen Marsh, a historian at Leeds, says the letters were found in a loft. Professor Marsh was a museum curator before she taught. "These letters change what we know about the mill strike entirely," she says.',
    );
    expect(q[0]?.speaker).toBe('Helen Marsh');
  });

  it('GIVEN "it states:" after "Professor Jane Holt said" THEN "it" is not that person', () => {
    const q = quotesOf(
      'Professor Jane Holt said the drones were nearly ready. The team now has three quadcopters. On the project website it states: "Since the start of the project, the team has built and tested our robots."',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Professor Jane Holt');
  });

  it('GIVEN a caption run into the text ("sitcom Ismol Family The Darwin woman moved") THEN no speaker has "The" inside the name', () => {
    const q = quotesOf(
      'Natalia Moon won a role on sitcom Ismol Family The Darwin woman moved to Manila in 2012. The role made her famous. "Acting is what I really love, and I started singing," she told NT News.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Natalia Moon']);
  });

  it('GIVEN "AG Edwards\' Thayer" after "Gary Thayer, an economist at AG Edwards & Sons" THEN Gary Thayer speaks (a plural\'s apostrophe is a possessive)', () => {
    const q = quotesOf(
      'Gary Thayer, an economist at AG Edwards & Sons, said growth was slow. "The economy regained some traction in the third quarter," AG Edwards\' Thayer. "I think that means the Fed can take its time raising rates."',
    );
    expect(q[0]?.speaker).toBe('Gary Thayer');
  });

  it('GIVEN "the eldest son of Attorney General Raciel Lopez Salazar" before "…," he said THEN the father is not who speaks', () => {
    const q = quotesOf(
      'The man who jumped was named as the eldest son of Attorney General Raciel Lopez Salazar. "I will stop this cruise, I will make history," he said.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Raciel Lopez Salazar');
  });

  it('GIVEN "To do this, he wrote software to scrape … Google Art Project" before "…," he wrote THEN "he" is who the sentences are about, not a name after the verb', () => {
    const q = quotesOf(
      'Martin Bellander, a PhD student, created the graph. To do this, he wrote software to scrape images from sites such as BBC and Google Art Project. He found the paintings change over time. "The changes in colour might be a result of many factors," he wrote.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Martin Bellander']);
  });

  it('GIVEN "Navratilova will partner Nathalie Dechy …" before "…," she added THEN Martina Navratilova speaks, and "will partner" is no role', () => {
    const q = quotesOf(
      'Martina Navratilova has defended her decision to keep playing. Navratilova will partner Nathalie Dechy in the doubles event on the Gold Coast. "I might be playing some singles events this season," she added.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Martina Navratilova', undefined]]);
  });

  it('GIVEN "In a speech to the Foreign Policy Centre Mr Straw said:" THEN Jack Straw speaks (a title opens the name)', () => {
    const q = quotesOf(
      'Jack Straw has attacked the Tory leader. In a speech to the Foreign Policy Centre Mr Straw said of Michael Howard: "He is clever, fluent and tactical, but he is not wise."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Jack Straw']);
  });

  it('GIVEN "Of Hepburn, she said:" after a sentence about Cate Blanchett THEN Cate Blanchett speaks (not "Of Hepburn")', () => {
    const q = quotesOf(
      'Cate Blanchett, who won for playing screen legend Katharine Hepburn in The Aviator, was delighted. Of Hepburn, she said: "The longevity of her career is inspiring to everyone."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Cate Blanchett']);
  });

  it('GIVEN "According to Mr Peston the prime minister said:" THEN the speaker is no run of words up to "said"', () => {
    const q = quotesOf(
      'Mr Blair told Mr Brown of his plan over dinner. According to Mr Peston the prime minister said: "Help me to get through the year and I will then stand down."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the prime minister']);
  });

  it('GIVEN "Mr Strauss doubted whether Rock would make an impact, but added:" THEN Strauss speaks (not "an impact", role "but")', () => {
    const q = quotesOf(
      'Critics doubted the host would help. Mr Strauss doubted whether Rock would make an impact, but added: "I am all for lower ratings though, there are more important things."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Strauss', undefined]]);
  });

  it('GIVEN "Singer George Michael has said …" THEN the occupation is no part of his name', () => {
    const q = quotesOf(
      'Singer George Michael has said a new film about his life is the start of his retirement. "I thought I should explain myself before I disappear," said Michael.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['George Michael']);
  });

  it('GIVEN a film\'s title ("The film, A Different Story, chronicles …", "…, which is being shown at …") THEN it is no person, and "he" is George Michael', () => {
    const q = quotesOf(
      'George Michael was in Berlin. The film, A Different Story, chronicles his life. A Different Story, which is being shown at the festival, has been screened by the BBC. He hinted at discontent with the music industry, and said: "I do not think there is anyone in pop I want to spar with."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['George Michael']);
  });

  it('GIVEN "The school issued an apology … It said:" THEN the school speaks', () => {
    const q = quotesOf(
      'Pepe Ceballos said the video was a joke. The school issued an apology late last month. It said: "The institute asks for an apology for the content of the video that offended many people."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['The school']);
  });

  it('GIVEN "Double Olympic champion Kelly Holmes" THEN "she said" is Kelly Holmes (not "Double Olympic")', () => {
    const q = quotesOf(
      'Double Olympic champion Kelly Holmes won the 1,000m in Birmingham. The 34-year-old ran only her second race of the season. "I will probably be entered and make my mind up at the last minute," she said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kelly Holmes']);
  });

  it('GIVEN "said the French coach" after "France coach Bernard Laporte" THEN Laporte speaks; with two coaches in the article, no guess', () => {
    const one = quotesOf(
      'France coach Bernard Laporte believes his team will be scared on Sunday. "We will go to Twickenham with a little fear and it will give us a boost," said the French coach.',
    );
    expect(one.map((x) => x.speaker)).toEqual(['Bernard Laporte']);
    const two = quotesOf(
      'France coach Bernard Laporte and England coach Andy Robinson met on Friday. "We will go to Twickenham with a little fear and it will give us a boost," said the French coach.',
    );
    expect(two.map((x) => x.speaker)).toEqual(['the French coach']);
  });

  it('GIVEN "Lionhead Studios" named in the sentence before "…," he said THEN a studio is no person: Peter Molyneux speaks', () => {
    const q = quotesOf(
      'Peter Molyneux founded Lionhead Studios in 1997. One of the next titles to come from Lionhead Studios puts players in charge of a movie studio. The veteran game maker says he has one problem still to solve. "Being an absolute geek I have got no idea what I am going to wear," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Peter Molyneux']);
  });

  it('GIVEN "French Culture Minister Renaud Donnedieu de Vabres" and "…," Mr de Vabres said THEN he speaks, his whole name and office', () => {
    const q = quotesOf(
      'Sir Alan Parker received the award in Paris from French Culture Minister Renaud Donnedieu de Vabres. "You have explored the possibilities of film with an immense talent," Mr de Vabres said as he presented the award.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Renaud Donnedieu de Vabres', 'French Culture Minister'],
    ]);
  });

  it('GIVEN "Scottish National Party Justice Minister Kenny MacAskill" THEN his office ends on "Minister", not "Justice"', () => {
    const q = quotesOf(
      'Scottish National Party Justice Minister Kenny MacAskill said the case was a disgrace. "Ministers were fully aware of the state of Scotland\'s jails," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Kenny MacAskill', 'Scottish National Party Justice Minister'],
    ]);
  });

  it('GIVEN "disciplinary action against national coach Luis Aragones" THEN his role is "national coach" (a role holds no "against")', () => {
    const q = quotesOf(
      'The federation has begun disciplinary action against national coach Luis Aragones over his comments. "I never intended to offend anyone," Aragones said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Luis Aragones', 'national coach']]);
  });

  it('GIVEN "Lib Dem Norman Baker" in a run of names THEN the party is no part of his name', () => {
    const q = quotesOf(
      'Ministers were warned about the flooding. Lib Dem Norman Baker, the party\'s environment spokesman, raised it in the Commons. "I have been warning for months that this would happen," Mr Baker said.',
    );
    expect(q[0]?.speaker).toBe('Norman Baker');
  });

  it('GIVEN "Fellow Lib Dem Norman Baker said …" before a bare quotation THEN the speaker is Norman Baker, not "Dem Norman Baker"', () => {
    const q = quotesOf(
      'The minister denied the claims on Monday. Fellow Lib Dem Norman Baker said the episode painted an "unflattering picture" of government. "It is clear that the government has turned to cynicism."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Norman Baker']);
  });

  it('GIVEN "The economy minister, Salma Dabbashi, said …" THEN her role is "the economy minister"', () => {
    const q = quotesOf(
      'The subsidy will double. The economy minister, Salma Dabbashi, said it would be paid from next month. "We will not let the bakeries close," she told reporters.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Salma Dabbashi', 'the economy minister']]);
  });

  it('GIVEN "… said Sarah Pennells of the charity Fair Energy." THEN her role is whom she is of', () => {
    const q = quotesOf(
      'Bills will rise in January. "Millions of people are already in debt to their energy supplier," said Sarah Pennells of the charity Fair Energy.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Sarah Pennells', 'of the charity Fair Energy'],
    ]);
  });

  it('GIVEN "said Trooper James Schmidt of the Colorado State Patrol, who …" THEN the role keeps the title and ends at the comma', () => {
    const q = quotesOf(
      'Drivers were surprised by icy patches, said Trooper James Schmidt of the Colorado State Patrol, who urged them to stay home. "We have four seasons in one day," Schmidt said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['James Schmidt', 'trooper of the Colorado State Patrol'],
    ]);
  });

  it("GIVEN '…,\" said Jorge Arturo Díaz, president of a breeders' association.' THEN the role keeps the plural's possessive", () => {
    const q = quotesOf(
      'Supporters said they would challenge the law. "They are destroying a culture," said Jorge Arturo Díaz, president of a breeders\' association.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Jorge Arturo Díaz', "president of a breeders' association"],
    ]);
  });

  it('GIVEN \'"…," said Prof Laura Kreidberg of the Max Planck Institute for Astronomy, who …\' THEN her role is "professor of the Max Planck Institute for Astronomy"', () => {
    const q = quotesOf(
      'Other scientists were cautious. "We should be careful not to call it habitable," said Prof Laura Kreidberg of the Max Planck Institute for Astronomy, who was not involved in the study.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Laura Kreidberg', 'professor of the Max Planck Institute for Astronomy'],
    ]);
  });

  it('GIVEN "Mr Moore\'s wife, Sharon, said: …" THEN her role is whose wife she is', () => {
    const q = quotesOf(
      'The judge jailed him for life. In a statement read to the court, Mr Moore\'s wife, Sharon, said: "Kevin went out to move his van and never came back."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Sharon', "Mr Moore's wife"]]);
  });

  it('GIVEN "said Dr Jeremy Philpott of the UK Patent Office" in narration THEN his role is "of the UK Patent Office", not "dr of …"', () => {
    const q = quotesOf(
      'Some patents are dubious, said Dr Jeremy Philpott of the UK Patent Office. "Some of the patents have dubious validity," Dr Philpott said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Jeremy Philpott', 'of the UK Patent Office'],
    ]);
  });

  it('GIVEN \'"The underlying problem," he says, "is how you can increase their wealth."\' THEN the quotation is one sentence again', () => {
    const q = quotesOf(
      'Prof Raj Reddy thinks this is the pay-off. "The underlying problem," he says, "is how you can increase their wealth and reduce their poverty."',
    );
    expect(q.map((x) => x.text)).toEqual([
      'The underlying problem is how you can increase their wealth and reduce their poverty.',
    ]);
  });

  it('GIVEN \'"A literate and qualified Turkish population," insisted Mr Sener, "will make …"\' THEN the halves join, without the comma after the subject', () => {
    const q = quotesOf(
      'Turkey has a young population. "A literate and qualified Turkish population," insisted Mr Sener, "will make a positive impact on the EU."',
    );
    expect(q.map((x) => x.text)).toEqual([
      'A literate and qualified Turkish population will make a positive impact on the EU.',
    ]);
  });

  it('GIVEN \'"It\'s been a surprising tournament," he said, "and maybe …"\' THEN a contracted verb keeps the comma of its clause', () => {
    const q = quotesOf(
      'Former Australia wing David Campese was impressed. "It\'s been a surprising tournament," he said, "and maybe Ireland have a little more talent."',
    );
    expect(q.map((x) => x.text)).toEqual([
      "It's been a surprising tournament, and maybe Ireland have a little more talent.",
    ]);
  });

  it('GIVEN \'"Net usage tends to happen in the evening," he says, "they get access only at home."\' THEN the halves join at their comma', () => {
    const q = quotesOf(
      'William Makower runs Panlogic. "Net usage tends to happen in the evening," he says, "they get access only when they go home."',
    );
    expect(q.map((x) => x.text)).toEqual([
      'Net usage tends to happen in the evening, they get access only when they go home.',
    ]);
  });

  it('GIVEN \'"…," said its travel editor, Rory Boland.\' THEN Rory Boland speaks, as travel editor', () => {
    const q = quotesOf(
      'Passengers are owed compensation, Which? said. "Don\'t let the airline fob you off with vouchers," said its travel editor, Rory Boland.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Rory Boland', 'travel editor']]);
  });

  it('GIVEN "Passenger Maria Lopez … wrote: …" THEN the speaker is Maria Lopez, a passenger', () => {
    const q = quotesOf(
      'The airline cancelled 300 flights. Passenger Maria Lopez, who was stranded at Gatwick, wrote on Instagram: "Eight hours on the floor of a terminal and not one announcement."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Maria Lopez', 'passenger']]);
  });

  it('GIVEN \'"…," said analyst Erling Refsum at Nomura.\' THEN his role is "analyst at Nomura"; "said manager Alex McLeish of Novo\'s punishment" gives no "of …" role', () => {
    const q = quotesOf(
      'Shares rose 5%. "This deal goes a long way to restoring the market faith," said analyst Erling Refsum at Nomura. The club was angry. "I am extremely disappointed," said Rangers manager Alex McLeish of Novo\'s punishment.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Erling Refsum', 'analyst at Nomura'],
      ['Alex McLeish', 'Rangers manager'],
    ]);
  });

  it('GIVEN "Local MP Simon Lightwood said …" and "Former Labour leader Neil Kinnock said …" opening sentences THEN the roles read "local MP" and "former Labour leader"', () => {
    const q = quotesOf(
      'The strike began on Monday. Local MP Simon Lightwood said he had written to the company. "Nobody wins from a long dispute," he said. Former Labour leader Neil Kinnock said the party would win. "That contest is a long way away," Lord Kinnock said.',
    );
    expect(q.map((x) => x.role)).toEqual(['local MP', 'former Labour leader']);
  });

  it('GIVEN a title in capitals throughout ("Steve Menet, Senior Vice President of Sales for Draeger, said") THEN it keeps its capitals', () => {
    const q = quotesOf(
      'Hospitals are buying the system. "Alarm management is a high focus for health systems," said Steve Menet, Senior Vice President of Sales for Draeger.',
    );
    expect(q[0]?.role).toBe('Senior Vice President of Sales for Draeger');
  });

  it('GIVEN \'"…," Prince Frederik said.\' after "Crown Prince Frederik" THEN no role repeats his title ("Prince Frederik, Prince")', () => {
    const q = quotesOf(
      'Crown Prince Frederik visited New York on Monday. "Bloom recognizes the darker aspects of Andersen\'s authorship," Prince Frederik said.',
    );
    expect(q.map((x) => x.role)).not.toContain('Prince');
  });

  it('GIVEN "Mr Khalil, for his part, says …" THEN "for his part" is no role of his', () => {
    const q = quotesOf(
      'The bakery opened in 1980. Mr Khalil, for his part, says he will keep his ovens lit. "My father never closed, not even in 2011," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Mr Khalil', undefined]]);
  });

  it('GIVEN "fellow Tory David Heathcoat-Amory" and then "…," Heathcoat-Amory said THEN the party is no part of the speaker\'s name', () => {
    const q = quotesOf(
      'Mr Clarke said the rules would be relaxed. But fellow Tory David Heathcoat-Amory disagreed with him. "The essential point here is that the pact has turned out to be unworkable," Heathcoat-Amory said.',
    );
    expect(q[0]?.speaker).toBe('David Heathcoat-Amory');
  });

  it('GIVEN "…," said the festival\'s executive director, Craig Prater THEN Craig Prater speaks, the office his role', () => {
    const q = quotesOf(
      'The festival went ahead despite the disaster. "When the disaster happened, we naturally asked ourselves if we should cancel," said the festival\'s executive director, Craig Prater.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Craig Prater', "the festival's executive director"],
    ]);
  });

  it('GIVEN "…," said the group\'s chair, councillor Priya Nandakumar THEN she speaks, not "the group\'s chair"', () => {
    const q = quotesOf(
      '"Nobody disputes that the hospital needs a good connection," said the group\'s chair, councillor Priya Nandakumar.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Priya Nandakumar', "the group's chair"]]);
  });

  it('GIVEN "John Toshack, in his first game as coach, admits …" THEN when he speaks is no role of his', () => {
    const { sentences } = prepareArticle(
      'Ryan Giggs will captain Wales. John Toshack, in his first game as coach after succeeding Mark Hughes, admits he is surprised.',
    );
    expect(findPeople(sentences).find((p) => p.name === 'John Toshack')?.role).toBeUndefined();
  });

  it("GIVEN a quotation and then \"LTA chief executive, John Crowther, added: '…'\" THEN the one before is not Crowther's", () => {
    const q = quotesOf(
      'Jimmy Connors spent three days at the camp. "Britain has the right attitude," said Connors. "The more involved I can be with the LTA, the better. "A short-term arrangement is just confusing. The kids will ask: \'What am I doing there?\'" LTA chief executive, John Crowther, added: "The relationship that Jimmy has started to develop is very promising."',
    );
    const crowther = q.filter((x) => x.speaker === 'John Crowther').map((x) => x.text);
    expect(crowther.join(' ')).not.toMatch(/more involved I can be/);
    expect(crowther.join(' ')).toMatch(/relationship that Jimmy/);
  });

  it('GIVEN "Called Speegle, it has …" and then a bare quotation after "…, said Mr Renton." THEN the founder speaks, not "Called Speegle"', () => {
    const q = quotesOf(
      'Founder Gordon Renton launched the site in November. Called Speegle, it has the look of a normal search engine. Google has no connection with Speegle and the bright colours simply make the site more visible, said Mr Renton. "It is not a rip-off. We are doing something that Google does not do."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Gordon Renton']);
  });

  it('GIVEN "Arsene Wenger, who was fined £15,000 in December for …," THEN what befell him is no role of his', () => {
    const { sentences } = prepareArticle(
      'Arsenal boss Arsene Wenger, who was fined £15,000 in December for accusing a striker of cheating, believes the punishment was too lenient.',
    );
    expect(findPeople(sentences).find((p) => p.name === 'Arsene Wenger')?.role ?? '').not.toMatch(
      /fined/,
    );
  });
});

describe('findQuotes: places and occupations are no part of who speaks', () => {
  it('GIVEN "… on Hollywood Boulevard." and then \'"Hollywood was calling," he said\' THEN the actor speaks, not the street', () => {
    const { sentences } = prepareArticle(
      [
        'Keanu Reeves has been awarded a star on the Walk of Fame.',
        '',
        'His star is the 2,277th to be embedded in the pavement on Hollywood Boulevard.',
        '',
        'The actor also spoke of how he dropped out of school. "Hollywood was calling," he said, "So I got in my car."',
      ].join('\n'),
    );
    const quote = findQuotes(sentences).find((q) => q.text.startsWith('Hollywood was calling'));
    expect(quote?.speaker).toBe('Keanu Reeves');
  });

  it('GIVEN "Actor Keanu Reeves, best known for …, has …" THEN the speaker is "Keanu Reeves"', () => {
    const { sentences } = prepareArticle(
      'Actor Keanu Reeves, best known for his role in the Matrix movies, has been awarded a star. "When I was 15 I asked my mom if it was OK to be an actor," Reeves said.',
    );
    expect(findQuotes(sentences)[0]?.speaker).toBe('Keanu Reeves');
  });
});

describe('findQuotes: a role ends before a clause about the organisation', () => {
  it('GIVEN "…," said Gary Dunn, development director at Codemasters, which develops games … THEN the role is "development director at Codemasters"', () => {
    const { sentences } = prepareArticle(
      '"As consoles get more powerful, the content gets more detailed and that means more cost," said Gary Dunn, development director at Codemasters, which develops games in house and also publishes titles.',
    );
    const q = findQuotes(sentences)[0];
    expect(q?.speaker).toBe('Gary Dunn');
    expect(q?.role).toBe('development director at Codemasters');
  });

  it('GIVEN "Jason King, 30, who describes …" THEN an age is no role', () => {
    const { sentences } = prepareArticle(
      'Jason King will present the chart show. "So listeners will get the advantage of both our music tastes," says King, 30, who describes outgoing host Butters as "an extremely professional and competent broadcaster".',
    );
    expect(findQuotes(sentences)[0]?.role ?? '').not.toMatch(/^\d+$|who describes/);
  });
});

describe('findQuotes: an office before a full name is no part of it', () => {
  it.each([
    [
      'Minister for Children, Young People and Families Margaret Hodge said new plans will ensure allowances would be fair. Ms Hodge said: "Foster carers must not be out of pocket."',
      'Margaret Hodge',
    ],
    [
      'Shadow leader of the Commons Oliver Heald said: "This will be part of our aim to reduce the size of government."',
      'Oliver Heald',
    ],
    [
      'Judges Simon Cowell, Louis Walsh and Sharon Osbourne are in discussions to sign up for the new series. "Working on the X Factor has been a blast," said Cowell.',
      'Simon Cowell',
    ],
  ])('GIVEN %j THEN the speaker is %j', (text, speaker) => {
    const { sentences } = prepareArticle(text);
    expect(findQuotes(sentences)[0]?.speaker).toBe(speaker);
  });
});

describe('findQuotes: "she" after a run of sentences about one person, one of them describing her', () => {
  it('GIVEN "The triple threat performed in front of judges Melanie C … \'…,\' she told NT News" THEN the woman the story is about speaks, not the judge', () => {
    const { sentences } = prepareArticle(
      [
        'A Darwin woman has become a TV sensation in the Philippines.',
        '',
        'Bubbly blonde Natalia Moon moved to the Philippines in 2012. Ms Moon will attend the Golden Screen TV Awards in April. Ms Moon performs a very diverse range of musical styles.',
        '',
        "She fits in so well in her adopted home. This year, she unsuccessfully auditioned for Asia's Got Talent. The triple threat performed in front of judges Melanie C from The Spice Girls, Anggun and David Foster. 'Acting's what I really love, but you have to do everything,' she told NT News.",
      ].join('\n'),
    );
    const quote = findQuotes(sentences).find((q) => q.text.startsWith('Acting'));
    expect(quote?.speaker).toBe('Natalia Moon');
  });
});

describe('findQuotes: a quotation that lost its closing mark before a new one is introduced', () => {
  it('GIVEN \'said: "… a Muslim. He added: "…"\' and narration after THEN the narration is nobody\'s quote', () => {
    const quotes = quotesOf(
      'Mr Mubanga, who insists he does not feel bitter, said: "I\'ve lost three years of my life, because I was a Muslim. He added: "The authorities wanted to break me but they strengthened me." The US government denied the claims, saying it condemned torture. In a statement, it said: "The Department of Defense has no doubt that he was properly detained."',
    );
    expect(quotes.some((q) => /denied the claims/.test(q.text))).toBe(false);
    expect(quotes.some((q) => /He added/.test(q.text))).toBe(false);
    expect(quotes.find((q) => /authorities/.test(q.text))?.speaker).toMatch(/Mubanga/);
  });
});

describe('findQuotes: "he" or "she" agrees with what the article calls the person', () => {
  it('GIVEN "\'…,\' she said" after a sentence about a man the article calls "his" THEN it is the woman\'s named before it, not his', () => {
    const quotes = quotesOf(
      [
        'The woman falsely accused of blackmailing premier league star Marcus Rojo has been snapped cutting lines of a suspicious-looking white powder.',
        'Sarah Watson, 34, had a brief liaison with the Manchester United defender at a Christmas party.',
        'The High Court has since overturned a gagging order against Ms Watson who claims Rojo and his representatives were behind a plot to frame her.',
        'Last month a judge ruled the player had tried to buy her off to keep his cheating secret from his partner, and Rojo was ordered to pay her £25,000 legal costs.',
        "'I just wish I'd never got involved with the likes of them,' she said after the court case.",
      ].join(' '),
    );
    // (The person named nearest before it whom the article calls "she": "Ms Watson".)
    expect(quotes.find((q) => /likes of them/.test(q.text))?.speaker ?? '').toMatch(/Watson/);
  });

  it('GIVEN "He told Ms Sturgeon: …" THEN not Ms Sturgeon but the man named before her speaks', () => {
    const quotes = quotesOf(
      [
        'First Minister Jack McConnell told pupils in the Highlands it was okay to get drunk once in a while.',
        'The Scottish National Party\'s Holyrood leader Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of an error of judgement and calling for him to apologise for his "ill-judged comment".',
        'In a furious response, the first minister said his comments had been distorted and taken out of context.',
        'He told Ms Sturgeon: "It is disappointing that you have contributed to this distortion by saying it is staggering."',
      ].join(' '),
    );
    expect(quotes.find((q) => /disappointing/.test(q.text))?.speaker ?? '').toMatch(/McConnell/);
  });

  it('GIVEN "she said" of a woman who shares her surname with a man the article calls "his" THEN she still speaks', () => {
    const quotes = quotesOf(
      [
        'Zoo visitor Michael Lurie was at the cheetah exhibit when he heard his son scream.',
        'Zoo visitor Terra Lurie believes the boy was not approached because the cheetahs were frightened.',
        "'I think they were just curious as to what was going on,' she said.",
      ].join(' '),
    );
    expect(quotes.find((q) => /just curious/.test(q.text))?.speaker).toBe('Terra Lurie');
  });
});

describe('findQuotes: "he" after "but" in the sentence before is the one person that sentence names', () => {
  it('GIVEN "It was expected that Locke would …, but he dismissed reports … \'…,\' he said." THEN Locke speaks, not the man named further back', () => {
    const quotes = quotesOf(
      [
        'Gary Locke will be confirmed as Kilmarnock’s permanent manager on Friday.',
        'Kilmarnock went unbeaten during Locke’s first six games in charge of the club He has impressed chairman Jim Mann not only with results.',
        'Kilmarnock are currently eighth in the Premiership and still remain in the hunt for a top-six place.',
        'It was expected that Locke would have been appointed permanently before now, but he dismissed reports that talks had stalled.',
        '‘When you are dealing with contracts, they take a bit of time and I certainly don’t foresee any problems,’ he said.',
      ].join(' '),
    );
    expect(quotes.find((q) => /dealing with contracts/.test(q.text))?.speaker).toBe('Gary Locke');
  });
});

describe("findQuotes: a title in quotation marks is no one's words", () => {
  it('GIVEN "The meeting is titled \'…\', according to the examiner." THEN no quote, while a quotation someone said beside it stays', () => {
    const quotes = quotesOf(
      [
        'Business leaders are meeting on Friday to discuss expanding immigration.',
        "The meeting is titled 'Understanding and Improving the High-Skilled Visa Program', according to the examiner.",
        '"We need more engineers than our universities can train," said Anna Berg, a lobbyist.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Berg']);
  });
});

describe('findQuotes: "he" after a sentence that speaks of "the Dutchman" is the one the story is about', () => {
  const story = (between: string) =>
    [
      'Midfielder Ruud Vermeer says Celtic "made a big mistake" by selling him last summer.',
      '"Celtic made a mistake in letting me go," Vermeer told a Dutch magazine.',
      'Manager Tom Hollis stunned the club by selling Vermeer to Ajax for £6m in August.',
      'The sale came soon after Vermeer claimed in a newspaper interview that Hollis had ignored him.',
      'But Hollis insisted he sold the midfielder because the fee was too good to refuse.',
      between,
      '"I had just bought a house in Glasgow, but they wanted me out," he said.',
    ].join(' ');
  it('GIVEN "The affair still rankles with the Dutchman." before "\'…,\' he said" THEN Vermeer speaks, not the manager named before it', () => {
    const quotes = quotesOf(story('The affair still rankles with the Dutchman.'));
    expect(quotes.find((q) => /bought a house/.test(q.text))?.speaker).toBe('Ruud Vermeer');
  });
  it('GIVEN no such sentence THEN "he" is still the manager the sentence before names', () => {
    const quotes = quotesOf(story('The fee was a club record at the time.'));
    expect(quotes.find((q) => /bought a house/.test(q.text))?.speaker).toBe('Tom Hollis');
  });
});

describe('findQuotes: "said the 22-year-old" with no one named in the sentences before is the story\'s protagonist', () => {
  it('GIVEN a quotation going on after "…," said the 22-year-old THEN the protagonist speaks, not the last quote\'s speaker', () => {
    const quotes = quotesOf(
      [
        'Marta Lindqvist will return to the tour in Sydney next month after a year of injuries.',
        'Lindqvist missed most of last season with a knee problem.',
        'Her compatriot Anna Berg said: "Everyone will want to see how she moves."',
        'Lindqvist was forced off the circuit twice after early defeats.',
        'A comeback in New York ended when she crashed out in the fourth round.',
        'But despite her problems, she still won five of the nine tournaments she entered.',
        '"Physically, it is obvious that I hit rock bottom," said the 22-year-old, who will make her comeback in Sydney.',
        '"Since April I have not done much, and now it is time to work again."',
      ].join(' '),
    );
    expect(quotes.find((q) => /Since April/.test(q.text))?.speaker).toBe('Marta Lindqvist');
  });
});

describe('findQuotes: a speaker the sentence describes ("the American") is named when the story says who', () => {
  it('GIVEN "…," the American said, in a story about Andre Lutz named just before THEN Andre Lutz speaks', () => {
    const quotes = quotesOf(
      [
        'Andre Lutz reached the semi-finals of the Dubai Open with a straight-sets win over Karl Moss.',
        'Lutz, playing his first event for two months, dropped only four games.',
        'Lutz was pushed for power by the young German in the second set.',
        '"A lot more guys are capable of it now," the American said.',
      ].join(' '),
    );
    expect(quotes[0]?.speaker).toBe('Andre Lutz');
  });
  it('GIVEN the sentence before is about another man than the one the story names most THEN the description stays: no guess', () => {
    const quotes = quotesOf(
      [
        'Andre Lutz reached the semi-finals of the Dubai Open with a straight-sets win over Karl Moss.',
        'Lutz, playing his first event for two months, dropped only four games.',
        'Lutz will meet Tim Vance next.',
        'Karl Moss was left frustrated after losing in under an hour.',
        '"I was in it the whole time," the American said.',
      ].join(' '),
    );
    expect(quotes[0]?.speaker).toBe('the American');
  });
  it('GIVEN "…," added the two-time Academy Award winner, in a story about Tom Banks THEN Tom Banks speaks', () => {
    const quotes = quotesOf(
      [
        'Hollywood star Tom Banks was in Leicester Square for the premiere of his new film.',
        '"This is Leicester Square like you have never seen it," said Banks, who plays five roles in the movie.',
        'Hundreds of fans greeted the star, all wearing Santa hats.',
        'Banks said that the new film has an "elegant message".',
        '"Christmas is a special time of the year," added the two-time Academy Award winner.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Banks', 'Tom Banks']);
  });
  it('GIVEN a story that opens on its subject ("Kelly Holmes has been forced out …") and "The double Olympic champion said:" or "…," said the defender THEN that subject speaks', () => {
    expect(
      quotesOf(
        'Kelly Holmes has been forced out of this weekend\'s championships after a hamstring injury. The double Olympic champion said: "I am very disappointed that I have been forced to withdraw."',
      ).map((q) => q.speaker),
    ).toEqual(['Kelly Holmes']);
    expect(
      quotesOf(
        'Richard Dunne is ready to commit his long-term future to Manchester City. Early talks have taken place and the defender said: "Hopefully something will be sorted out as soon as possible."',
      ).map((q) => q.speaker),
    ).toEqual(['Richard Dunne']);
    expect(
      quotesOf(
        'Manchester United\'s Alex Ferguson has praised his players\' gutsy performance in the win at Villa. "That was our hardest away game of the season," said the Old Trafford boss.',
      ).map((q) => q.speaker),
    ).toEqual(['Alex Ferguson']);
    expect(
      quotesOf(
        'Lord of the Rings director Peter Jackson has said it will be years before he starts work on The Hobbit. "I think it is gonna be a lot of lawyers sitting in a room," said the New Zealander.',
      ).map((q) => q.speaker),
    ).toEqual(['Peter Jackson']);
    expect(
      quotesOf(
        'Games researcher Gonzalo Frasca says political games are here to stay. "I must admit that I was the first person to be surprised," said the Uruguayan-born researcher.',
      ).map((q) => q.speaker),
    ).toEqual(['Gonzalo Frasca']);
  });
  it('GIVEN the opening names someone only as part of a description ("Former All Black star Jonah Lomu") THEN that description is no subject the story opens on', () => {
    const quotes = quotesOf(
      'Former All Black star Jonah Lomu says he cannot wait to play again. The 29-year-old had a kidney transplant last year. "I actually started training three weeks after my operation," said the giant winger.',
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('All Black');
  });
});

describe('findQuotes: who the sentence before reports speaks on', () => {
  it('GIVEN "A spokesman for the British Phonographic Industry (BPI) said …" before "\'…,\' he said" THEN the spokesman speaks, not the song named before', () => {
    const quotes = quotesOf(
      [
        'Westlife single Flying Without Wings was the first number one of the download chart.',
        'A spokesman for the British Phonographic Industry (BPI) said the combined chart was due within six months.',
        '"Work is going on across the music business right now," he said.',
      ].join(' '),
    );
    expect(quotes[0]?.speaker).toBe('A spokesman for the British Phonographic Industry');
  });
  it('GIVEN "The BBC spokeswoman said …" THEN she speaks, not the show she named', () => {
    const quotes = quotesOf(
      [
        'The first series attracted more than four million viewers.',
        "The BBC spokeswoman said Graham Norton's Strictly Dance Fever would be a priority for next year.",
        '"That is very much on the cards, and we are concentrating on it," she said.',
      ].join(' '),
    );
    expect(quotes[0]?.speaker).toBe('The BBC spokeswoman');
  });
  it('GIVEN "A Labour spokesman denied …" before "\'…,\' he said" THEN the spokesman speaks, not the man who spoke before', () => {
    const quotes = quotesOf(
      [
        'Conservative candidate Andrew Mennear said the poster should be withdrawn.',
        '"This one clearly overstepped the mark and should be withdrawn," he said.',
        'It had come out at the same time as Holocaust Day, Mr Mennear added.',
        'A Labour spokesman denied the campaign was offensive.',
        '"As we said at the time, the figures speak for themselves," he said.',
      ].join(' '),
    );
    expect(quotes.find((q) => /As we said/.test(q.text))?.speaker).toBe('A Labour spokesman');
  });
  it('GIVEN "…, Lord Butler said in his interview, which was conducted by … Boris Johnson. He said: …" THEN Lord Butler speaks, not the spokesman who spoke last', () => {
    const quotes = quotesOf(
      [
        "The prime minister's official spokesman said the Cabinet was still used to reach a consensus on big issues.",
        'But he added: "You cannot, in a modern government, take every decision in Cabinet."',
        'Lord Butler said the government had too much freedom and relied too much on political appointees.',
        'The former cabinet secretary said in an interview with the magazine: "There is too much emphasis on selling and too much central control."',
        'Mr Howard described the intervention as "very important".',
        '"This is from someone who was an insider at the very heart of government."',
        'Lord Butler\'s report into the intelligence said the evidence behind the dossier was "very thin".',
        "The reason for this is that it would have weakened ministers' case for war, Lord Butler said in his interview, which was conducted by the magazine's editor, Conservative MP Boris Johnson.",
        'He said: "When civil servants give material to ministers, they say what the evidence is."',
      ].join(' '),
    );
    expect(quotes.find((q) => /civil servants/.test(q.text))?.speaker).toBe('Lord Butler');
  });
});

describe('findQuotes: who the speaker is, as the quote shows it', () => {
  it('GIVEN "Agent Brian Hassell insists …" THEN the speaker is Brian Hassell, an agent (the occupation is no part of his name)', () => {
    const [q] = quotesOf(
      'Agent Brian Hassell insists that the midfielder is determined to win back his place. "He has 50 caps and he is the best signing the club ever made," insisted Hassell.',
    );
    expect([q?.speaker, q?.role]).toEqual(['Brian Hassell', 'agent']);
  });
  it('GIVEN "Richard Gere, presenting the best film award, said" THEN no role: what he was doing is not who he is', () => {
    const [q] = quotesOf(
      'The ceremony ended late. Richard Gere, presenting the best film award, said: "This was a great year for films."',
    );
    expect([q?.speaker, q?.role]).toEqual(['Richard Gere', undefined]);
  });
  it('GIVEN "Arthur Hailey, who has died at the age of 84, once told …" THEN no role; "Helen Carroll, who teaches at Peel Common Infants School" keeps hers', () => {
    const [died] = quotesOf(
      'Arthur Hailey, who has died at the age of 84, once told an interviewer: "I research every book for a year."',
    );
    const [teacher] = quotesOf(
      'Helen Carroll, who teaches at Peel Common Infants School, said: "The children loved every minute of it."',
    );
    expect(died?.role).toBeUndefined();
    expect(teacher?.role).toBe('who teaches at Peel Common Infants School');
  });
});

describe('findQuotes: a quotation right after an attributed one, with words of its own after it', () => {
  it('GIVEN \'"…," observed Mr Kerr. "That was a total disaster," a crestfallen Mr Lim sighed …\' THEN Mr Kerr\'s quotation does not take in Mr Lim\'s', () => {
    const q = quotesOf(
      'Panel chairman Alan Kerr was unimpressed. "Nobody has paid any tax," observed Mr Kerr. "That was a total disaster," a crestfallen Mr Lim sighed to the presenter. The show goes on.',
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([['Alan Kerr', 'Nobody has paid any tax.']]);
  });
  it('GIVEN \'"…," he said. "…," he grins.\' THEN the second goes on with the first speaker', () => {
    const q = quotesOf(
      'Jason King, 30, says the show is ready. "We are a double act," King says. "And if not, I could always use a cleaner," he grins.',
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Jason King', 'We are a double act. And if not, I could always use a cleaner.'],
    ]);
  });
});

describe('findQuotes: the words before a title in the name’s run qualify it', () => {
  it('GIVEN \'"…," former independent MP Tom Reyes insisted on the radio.\' THEN he is a "former independent MP", not an MP', () => {
    const q = quotesOf(
      '"Any of them would make a competent MP," former independent MP Tom Reyes insisted on the radio.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Tom Reyes', 'former independent MP']]);
  });
});

describe('findQuotes: "Host" opening a sentence before a full name is a job, not a name', () => {
  it('GIVEN \'Host Jason King says the show is ready. "…," King says.\' THEN Jason King speaks', () => {
    const q = quotesOf('Host Jason King says the show is ready. "We are a double act," King says.');
    expect(q.map((x) => x.speaker)).toEqual(['Jason King']);
  });
});

describe('findQuotes: more verbs of saying, and names that are none', () => {
  it('GIVEN "However, Lena Christie countered: "…"" THEN Lena Christie speaks', () => {
    const q = quotesOf(
      'However, Lena Christie countered: "It is easy to criticise when you have not gone through the system here."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lena Christie']);
  });
  it('GIVEN "Only Fools and Horses star David Jason criticised British TV … "…," he said" THEN David Jason speaks, not "Only Fools" or "British TV"', () => {
    const q = quotesOf(
      'Last week Only Fools and Horses star David Jason criticised British TV for being too cheap. "We have got to be careful not to dumb down for the audience," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['David Jason']);
  });
});

describe('findQuotes: a seat’s member and an unnamed spokesman the sentences before describe', () => {
  it('GIVEN "Jane Okafor said … "…," the Leeds East MP told the committee." THEN Jane Okafor speaks', () => {
    const q = quotesOf(
      [
        'Police will stop more people in the city, a Home Office minister has said.',
        'Jane Okafor said innocent people would be stopped. Her comments were described as outrageous by Okafor critics and by Okafor allies alike.',
        '"The threat is most likely to come from a small group," the Leeds East MP told the committee.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Jane Okafor']);
  });
  it('GIVEN "Later, the prime minister\'s official spokesman urged … The minister had been saying …, the spokesman said. "…," he added." THEN the spokesman speaks, not the campaigner quoted before', () => {
    const q = quotesOf(
      [
        '"She is demonising our community," said campaigner Tariq Malik.',
        "Later, the prime minister's official spokesman urged people to put the comments into context.",
        'The minister had been saying there was a perception of bias, but that was not what was happening, the spokesman said.',
        '"The powers are aimed at those who are suspected of planning attacks," he added.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Tariq Malik',
      "The prime minister's official spokesman",
    ]);
  });
});

describe('findQuotes: a surname with two letters swapped by a typo', () => {
  it('GIVEN "managing director David Monteith says … "…," said Montieth." THEN David Monteith speaks', () => {
    const q = quotesOf(
      'Sonaptic managing director David Monteith says his firm is the only one. "We focused first on Japan because it has a very advanced market," said Montieth.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['David Monteith']);
  });
  it('GIVEN two people whose surnames a swap would both reach THEN neither is guessed', () => {
    const q = quotesOf(
      'Analyst David Monteith and designer Ruth Montieht disagree. "We focused first on Japan because it has a very advanced market," said Montieth.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Montieth']);
  });
});

describe('findQuotes: whose an unnamed speaker is, in the words that end the sentence', () => {
  it('GIVEN \'"…," read a statement from the discount phone firm.\' THEN the speaker says whose statement', () => {
    const q = quotesOf(
      '"We have investigated this matter and removed the advert," read a statement from the discount phone firm.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['a statement from the discount phone firm']);
  });
});

describe('findQuotes: a player known by one name, after his job', () => {
  it('GIVEN "Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed … "…," he said." THEN Deco speaks, not the coach quoted before', () => {
    const q = quotesOf(
      [
        'Barcelona coach Frank Rijkaard criticised the decision. "I am very calm about it," Rijkaard said.',
        'Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed that the protest was unusual.',
        '"It is not normal behaviour on his part," he said.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Frank Rijkaard', 'Deco']);
  });
});

describe('findQuotes: whom "he" is not', () => {
  it('GIVEN "Good displays against Roger Federer and Andy Roddick have helped him. "…," he said." THEN the player the story is about speaks, not his opponents', () => {
    const q = quotesOf(
      'Spaniard Juan Ferrero says his form is back. Good displays against Roger Federer and Andy Roddick have helped him. "I feel 100% again mentally," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Juan Ferrero']);
  });
  it('GIVEN "But Brady told The Sun … . She added: "…"" and later ""…," he said. "…"" with no man to be "he" THEN neither quotation is hers', () => {
    const q = quotesOf(
      [
        'Birmingham managing director Karen Brady has called the bid for Robbie Savage derisory.',
        'But Brady told The Sun the bid was "a waste of fax paper".',
        'She added: "They have got into his head. But he is not for sale."',
        "Savage's future has been the source of speculation for weeks.",
        'However, good displays against West Brom and Aston Villa have impressed the fans.',
        '"The crowd gave me a massive standing ovation on Saturday," he said.',
        '"It was fantastic even though I was criticised by some of them."',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Karen Brady']);
  });
});

describe('findQuotes: a noun of the sentence before, its full stop lost, is no part of a role', () => {
  it('GIVEN "… according to research Acme Insurance pensions specialist Clare Moffat said: \'…\'" THEN her role is "Acme Insurance pensions specialist"; "shadow Home Secretary" keeps "shadow"', () => {
    const q = quotesOf(
      "One in five divorcees will retire with debts, according to research Acme Insurance pensions specialist Clare Moffat said: 'It could come as a shock for people.' Later shadow Home Secretary David Davis said: 'The figures are worrying.'",
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Clare Moffat', 'Acme Insurance pensions specialist'],
      ['David Davis', 'shadow Home Secretary'],
    ]);
  });
});

describe('findQuotes: words a claim says someone said', () => {
  it('GIVEN "Mr Peston\'s book claimed that Mr Brown told Mr Blair: "…"" THEN it is no quotation of Mr Brown\'s; "Mr Brown told reporters: "…"" still is his', () => {
    const q = quotesOf(
      'Chancellor Gordon Brown is touring Africa. Mr Peston\'s book claimed that Mr Brown told Mr Blair: "There is nothing you could ever say to me now that I could ever believe." Mr Blair denied it, and Mr Brown told reporters: "Of course I trust the prime minister."',
    );
    expect(q.map((x) => x.text)).toEqual(['Of course I trust the prime minister.']);
  });
});

describe('findQuotes: a role whose name is two joined by "and"', () => {
  it('GIVEN \'"…," said Richard and Judy executive producer Amanda Ross.\' THEN the role keeps "Richard and"', () => {
    const q = quotesOf(
      '"We think this year\'s books will do even better," said Richard and Judy executive producer Amanda Ross.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Amanda Ross', 'Richard and Judy executive producer'],
    ]);
  });
});

describe('findQuotes: a described office held by one person named twice', () => {
  it('GIVEN "Sheriff Derek O\'Carroll …", "Sheriff O\'Carroll …", "Airdrie Sheriff Court" and "\'…,\' the sheriff added." THEN Derek O\'Carroll speaks', () => {
    const q = quotesOf(
      [
        'McGowan was convicted at Airdrie Sheriff Court on Tuesday.',
        "Sheriff Derek O'Carroll spared the midfielder a prison sentence after hearing of his gambling problem.",
        "After listening to the address, Sheriff O'Carroll reminded McGowan of his previous convictions.",
        "He proceeded to sentence McGowan to a tagging order. 'If you breach the order you will be brought back here,' the sheriff added.",
      ].join(' '),
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([["Derek O'Carroll", 'Sheriff']]);
  });
});

describe('findQuotes: a court officer before a name', () => {
  it('GIVEN "Prosecutor Anna Price told the jury … \'…,\' Ms Price said." THEN Anna Price speaks, as prosecutor', () => {
    const q = quotesOf(
      'Prosecutor Anna Price told the jury that Mr Hale had instructed two officers to move invoices. "He told them the numbers had to work," Ms Price said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Anna Price', 'Prosecutor']]);
  });
});

describe('findQuotes: what befell someone is no role, whatever role noun it holds', () => {
  it('GIVEN "Dundee managing director John Nelms, who was accompanied in court by players including captain James McPake, …" THEN his role is managing director', () => {
    const q = quotesOf(
      'McGowan was spared jail on Tuesday in Airdrie. Dundee managing director John Nelms, who was accompanied in court by players including captain James McPake, spoke after the hearing. "We will stand by the player," Nelms said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['John Nelms', 'Dundee managing director']]);
  });
});

describe('findQuotes: academic titles and possessive roles', () => {
  it('GIVEN "The charity\'s head of HIV/Aids in Britain, Simon Wright said: \'…\'" THEN his role keeps its article: "the charity\'s head …"', () => {
    const q = quotesOf(
      'Aid charity Actionaid criticised the plan on Monday in London. The charity\'s head of HIV/Aids in Britain, Simon Wright said: "A failure to provide any funding condemns a generation."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Simon Wright', "the charity's head of HIV/Aids in Britain"],
    ]);
  });

  it('GIVEN "Al Aynsley-Green" named, then "Prof Aynsley-Green has …" and a quotation of its own THEN Al Aynsley-Green speaks, not "Prof Aynsley-Green"', () => {
    const q = quotesOf(
      'A children\'s commissioner has been appointed. Hospital professor of child health, Al Aynsley-Green, was chosen by the government. Prof Aynsley-Green has also been the national clinical director for children.\n\n"I will be drawing on my experience of working with children and young people."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Al Aynsley-Green']);
  });

  it('GIVEN "Dennis Logue, dean of the business college at the University of Oklahoma," then \'Professor Logue said: "…"\' THEN his role is the office the article gave him, not "professor"', () => {
    const q = quotesOf(
      'Pension funds face a deficit of $450bn, said Dennis Logue, dean of the business college at the University of Oklahoma. Professor Logue said: "With a firmer hand on the pensions issue, Congress could act."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Dennis Logue', 'dean of the business college at the University of Oklahoma'],
    ]);
  });
});

describe('findQuotes: whom someone works for is no "he"', () => {
  it('GIVEN "Tony Macklin, spokesman for Ask Jeeves, … Under My Ask Jeeves users can search … \'…,\' he said." THEN Tony Macklin speaks, not Ask Jeeves', () => {
    const q = quotesOf(
      'Tony Macklin, spokesman for Ask Jeeves, said the tools were new. On average, said Mr Macklin, users run ten searches a day. Under My Ask Jeeves users can search the web or the results they have already noted. "It\'s about finding again what you found before," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tony Macklin']);
  });
});

describe('findQuotes: a description that adds, before its quotation', () => {
  it('GIVEN \'Sharapova … said: "…" The tournament debutant added: "…"\' THEN the words added are Sharapova\'s', () => {
    const q = quotesOf(
      'Sharapova, who lost to Kuznetsova in Beijing in September, said: "In Beijing, she was unstoppable. This time, it was important to start off well." The tournament debutant added: "I love it here. The atmosphere is great."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Sharapova']);
    expect(q[0]?.text).toMatch(/The atmosphere is great\.$/);
  });
});

describe('findQuotes: a position or trade the sentence before opens on', () => {
  it('GIVEN "Thierry Henry believes … Henry will captain the side … And the striker said: \'…\'" THEN Thierry Henry speaks; an office ("the manager said") stays as written', () => {
    const text = (who: string) =>
      `Arsenal face Rosenborg on Tuesday in London. Meanwhile, Thierry Henry believes he will be blamed if Arsenal go out. Henry will captain the side in place of the suspended Patrick Vieira. And ${who} said: "If we don't win and we go out of the competition, it's my fault."`;
    expect(quotesOf(text('the striker')).map((x) => x.speaker)).toEqual(['Thierry Henry']);
    expect(quotesOf(text('the manager')).map((x) => x.speaker)).toEqual(['the manager']);
  });
});

describe('findQuotes: a seat\'s title alone after "the"', () => {
  it('GIVEN \'The MP told BBC News: "…"\' THEN the speaker is "the MP", or the MP the story is about, never "MP" as a name', () => {
    expect(
      quotesOf(
        'The party sacked its candidate last week. The MP told BBC News: "They selected me and they dispose of me."',
      ).map((x) => x.speaker),
    ).toEqual(['the MP']);
    expect(
      quotesOf(
        'Howard Flight was sacked as a candidate last week by the party. The MP told BBC News: "They selected me and they dispose of me."',
      ).map((x) => x.speaker),
    ).toEqual(['Howard Flight']);
  });
});

describe('findQuotes: an occupation before a single name', () => {
  it('GIVEN "Model Caprice … Caprice … said: \'…\'" THEN Caprice speaks, not "Model Caprice"', () => {
    const q = quotesOf(
      'Model Caprice and actor Jeremy Edwards have both left the house in a surprise double eviction on Friday. Caprice, who left in the fourth eviction, afterwards said: "I am so happy, I am so glad I\'m out."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Caprice']);
  });
});

describe('findQuotes: two offices joined by "and"', () => {
  it('GIVEN \'"…," said chairman and chief executive officer Bill Ford.\' THEN his role is both offices, not the second alone', () => {
    const q = quotesOf(
      'The carmaker reported its results. "In 2004, our company gained momentum," said chairman and chief executive officer Bill Ford. "We also confronted operating challenges," he added.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Bill Ford', 'chairman and chief executive officer'],
      ['Bill Ford', 'chairman and chief executive officer'],
    ]);
  });
});

describe('findQuotes: a possessor named before a capital, and a sentence a description said', () => {
  it('GIVEN "… Gordon Brown\'s Budget. … Mr Brown doubled … Defending the plans, he told Today: "…"" THEN Gordon Brown speaks, not the Lib Dem named before', () => {
    const q = quotesOf(
      'The row over Gordon Brown\'s Budget went on. For the Lib Dems, Vince Cable said the chancellor had failed. Mr Brown doubled the level at which homebuyers pay stamp duty. Defending the plans, he told Today: "I will take no risks with the stability of the economy."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Gordon Brown']);
  });
  it('GIVEN "Mr Brown liked to rattle off magical balances, the Tory leader said. "…"" THEN the quotation is not Mr Brown\'s', () => {
    const q = quotesOf(
      'The row over Gordon Brown\'s Budget went on. Mr Brown liked to rattle off magical balances conjured out of thin air, the Tory leader said. "This dodgy government is now publishing a dodgy Budget."',
    );
    expect(q.map((x) => x.speaker)).not.toContain('Gordon Brown');
  });
});

describe('findQuotes: a body whose name holds an ampersand', () => {
  it('GIVEN \'"…," said the B&Q spokesman.\' THEN the spokesman speaks', () => {
    const q = quotesOf(
      '"We have cut prices on a thousand lines this week," said the B&Q spokesman.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the B&Q spokesman']);
  });
});

describe('findQuotes: a photo caption run into a quotation in single marks', () => {
  it("GIVEN \"He continued: '… the way things have gone. Northern Star, pictured with Doyle (right) is the favourite for the race on May 2 'Northern Star is a lovely horse. …'\" THEN one quotation, without the caption", () => {
    const q = quotesOf(
      [
        'Trainer Pat Doyle has high hopes for the Derby.',
        "He continued: 'This preparation has gone better than last year. We are very happy with the way things have gone. Northern Star, pictured with Doyle (right) is the favourite for the race on May 2 'Northern Star is a lovely horse and loves racing. He will run a blinder.'",
        'Doyle has trained 40 winners this season.',
      ].join(' '),
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      [
        'Pat Doyle',
        'This preparation has gone better than last year. We are very happy with the way things have gone. Northern Star is a lovely horse and loves racing. He will run a blinder.',
      ],
    ]);
  });
  it('GIVEN a caption run in before ‘Me and my mum just said ‘really?’ and …’ THEN the quotation nested in the one after it does not hide that it runs on', () => {
    const q = quotesOf(
      'His mother Lucy Hart, 32, said: ‘He loves football and after he saw the video he said ‘I’ll be able to do that’. Frankie decided to have a go after watching the clip The nine-year-old kicks the ball straight through the net ‘Me and my mum just said ‘really?’ and he went to get the net. It was very special.’ According to Lucy, he netted again.',
    );
    expect(q.map((x) => x.text)).toEqual([
      'He loves football and after he saw the video he said ‘I’ll be able to do that’. Me and my mum just said ‘really?’ and he went to get the net. It was very special.',
    ]);
  });
  it('GIVEN "… 2.8 million subscribers. On her profile she writes: \'I use make-up …\'" THEN the mark after the colon opens a quotation of its own', () => {
    const q = quotesOf(
      "The video has been watched a million times. Make-up artist Lena Moss said: 'It took me six hours to finish. Lena Moss has been posting tutorials for six years and now has 2.8 million subscribers. On her profile she writes: 'I use make-up to transform myself into famous characters. It started as a hobby.' She lives in Leeds.",
    );
    const texts = q.map((x) => x.text);
    expect(texts).toContain(
      'I use make-up to transform myself into famous characters. It started as a hobby.',
    );
    expect(texts.filter((t) => t.includes('On her profile she writes'))).toEqual([]);
  });
});

describe('findQuotes: a quotation whose closing mark was lost ends where the story goes on about the speaker', () => {
  it('GIVEN "\'It was terrible. I was being a slob. Jenna piled on the pounds …" (a caption run in) THEN the quote ends before Jenna\'s caption', () => {
    const quotes = quotesOf(
      [
        'Mother-of-six Jenna Holt, 32, weighed 20 stone when a child on a bus asked if she was pregnant.',
        "She continued: 'It was terrible. I was being a slob to be honest. Jenna piled on the pounds thanks to a diet of takeaways and pizzas 'I knew I had to do something about my weight for the sake of my children.'",
        'She now runs three times a week.',
      ].join(' '),
    );
    expect(quotes[0]?.text).toBe('It was terrible. I was being a slob to be honest.');
  });
  it('GIVEN a paragraph the quotation goes on in, opening on a mark, "\\"Hale swears shock." THEN his own words about himself stay', () => {
    const quotes = quotesOf(
      [
        'Minister Tom Hale wrote to the editor about the posters.',
        'He wrote: "Posters done by them according to our brief. I dreamt up flying pigs.',
        '"Hale swears shock. Final sentence of earlier e-mail probably a bit colourful."',
        'The e-mail was published on Friday.',
      ].join(' '),
    );
    expect(quotes[0]?.text).toMatch(/Hale swears shock\. Final sentence/);
  });
});

describe('findQuotes: a quotation run on into the speaker saying something new keeps it', () => {
  it('GIVEN "He added: \'… (no closing mark) … Redwood said: \'My agenda was simple …\'" THEN "My agenda was simple" is still among the quotes', () => {
    const quotes = quotesOf(
      [
        'Director Michael Redwood paid tribute to the actor.',
        "He added: 'Of course, the inevitable wind-ups surfaced whenever the devil inside him needed entertaining.",
        'The film attempts to pay homage to Saint Katherine by portraying her as a real woman.',
        "Redwood said: 'My agenda was simple: painstaking research and an intelligent screenplay.'",
        'The film is available from April 6.',
      ].join(' '),
    );
    expect(quotes.some((q) => /My agenda was simple/.test(q.text))).toBe(true);
  });
});

describe('findQuotes: a quotation in single marks left open by marks nested in it', () => {
  it('GIVEN "said: ‘He loves football … he said ‘I’ll be able to do that’. … ‘Me and my mum just said ‘really?’ … It was very special.’ … \\"I think he\'s got it down now,\\" said Lucy" THEN her later words are a quote of their own', () => {
    const quotes = quotesOf(
      [
        'His mother Lucy, 32, of Upminster, said: ‘He loves football and after he saw the player do the show he said ‘I’ll be able to do that’.',
        'Frankie decided to have a go at the trick shot after watching the star pull it off in a video The boy kicks the ball straight through the net while the star (right) wheels away in celebration',
        '‘Me and my mum just said ‘really?’ and he went to get the net and it went in first time.',
        '‘Me and mum were like ‘oh my god’ we couldn’t believe it.',
        '‘He is very good at football, but that was just amazing. It was very special.’',
        'According to Lucy, the youngster had another go immediately after and netted again.',
        '"I think he\'s got it down now," said Lucy, who helps run a building firm.',
        '"He is very confident but I think he was surprised too."',
      ].join(' '),
    );
    expect(quotes.some((q) => q.text.startsWith("I think he's got it down now"))).toBe(true);
  });
});

describe('findQuotes: "he" after a photo caption run into the sentence', () => {
  it("GIVEN \"… last week PGA Tour star Dan Rolfe, right, has earned … 'Must be nice getting everything free in life,' he posted.\" THEN no speaker is guessed: the caption's golfer is not the troll who posted", () => {
    const quotes = quotesOf(
      [
        'Golfer Dan Rolfe has won praise after calling out an online troll who accused his girlfriend of being a gold digger.',
        "The photo was shared with her 25,000 followers, including an abusive commenter known as 'fatalsplash'.",
        "Model Alexis Rand posted this photo of her and her sister on the beach last week PGA Tour star Dan Rolfe, right, has earned extra praise after calling out the hater who accused his girlfriend Alexis Rand, left, of being a gold digger 'Must be nice getting everything free in life and not have to work for it,' he posted.",
        "It wasn't long before Rolfe came to his girlfriend's defence.",
      ].join(' '),
    );
    expect(quotes.find((q) => /Must be nice/.test(q.text))).toBeUndefined();
  });
});

describe('findQuotes: who told someone the words, not the website that reports it', () => {
  it('GIVEN "… Ms Kunis confessed to the crime and told her \'Kristina, you can have any other chicken …\', the website states." THEN Mila Kunis speaks', () => {
    const quotes = quotesOf(
      [
        'Mila Kunis is being sued by a Ukrainian singer who claims the actress stole her pet chicken as children.',
        'In her lawsuit, Karo states that Ms Kunis would come over to the farm where she lived, and play with the hen, TMZ reports.',
        "She alleges that when the hen disappeared, Ms Kunis confessed to the crime and told her 'Kristina, you can have any other chicken as a pet, you have a whole chicken farm', the website states.",
      ].join(' '),
    );
    expect(quotes.find((q) => /any other chicken/.test(q.text))?.speaker).toBe('Mila Kunis');
  });

  it('GIVEN "… told her \'…\', the website states." with no one the sentence lets us name THEN the website is not shown as the speaker', () => {
    const quotes = quotesOf(
      "She says that when the hen disappeared, the girl next door told her 'You can have any other chicken as a pet, you have a whole farm', the website states.",
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('the website');
  });

  it('GIVEN words a claim says someone told its maker ("She alleges that … Ms Kunis … told her \'…\'") THEN they are shown as hers only allegedly; words she said herself are not', () => {
    const quotes = quotesOf(
      [
        'Mila Kunis is being sued by a singer who claims the actress stole her pet chicken.',
        "She alleges that when the hen disappeared, Ms Kunis confessed to the crime and told her 'Kristina, you can have any other chicken as a pet, you have a whole chicken farm', the website states.",
        '"I have never been to that village in my life," Ms Kunis said on Tuesday.',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Mila Kunis', 'allegedly'],
      ['Mila Kunis', undefined],
    ]);
  });
});

describe('findQuotes: words a report says were said', () => {
  it('GIVEN "The document reportedly said: \"…\"" and "\"…,\" Professor James Marshall reportedly told the BBC" THEN each quote says "reportedly", after the role', () => {
    const quotes = quotesOf(
      [
        'UKIP have suspended a candidate over his views.',
        'The document reportedly said: "We are looking for the resurrection of the British Empire."',
        "'Bees are miracles of engineering which we are nowhere near equalling,' Professor James Marshall reportedly told the BBC.",
        '"We have suspended him as a member and as a candidate," spokesman Mark Croucher said.',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.speaker.replace(/^The /, 'the '), q.role])).toEqual([
      ['the document', 'reportedly'],
      ['James Marshall', 'professor, reportedly'],
      ['Mark Croucher', 'spokesman'],
    ]);
  });
});

describe('findQuotes: a speaker read off a phrase that ends on a joining word', () => {
  it('GIVEN "… when he sported a drawn-on pencil moustache and asked: \\"How do I look?\\"" THEN no quote from "a drawn-on pencil moustache and"', () => {
    const quotes = quotesOf(
      'Schulberg told the magazine that the film star had warmed to the role when he sported a drawn-on pencil moustache and asked: "How do I look at all of this?" His assistant said he looked like George Raft.',
    );
    expect(quotes.some((q) => /moustache/.test(q.speaker))).toBe(false);
  });
});

describe('findQuotes: an unnamed speaker whose body has a name of several words', () => {
  it('GIVEN "\'…,\' said a Department of Homeland Security spokeswoman." THEN the speaker is the whole phrase, not "a Department"', () => {
    const [q] = quotesOf(
      '"Amit Yoran has been a valuable contributor on cyber security issues over the past year," said a Department of Homeland Security spokeswoman.',
    );
    expect(q?.speaker).toBe('a Department of Homeland Security spokeswoman');
  });
});

describe('findQuotes: a speaker and role read whole', () => {
  it('GIVEN "\'…?\' the Labour MP for Birkenhead asked." and "\'…,\' the Department for Transport said" THEN the whole phrase speaks (with "the", as the article describes him), not "Birkenhead" with the role "Labour MP for"', () => {
    const speakers = quotesOf(
      [
        '"What sort of model does it give to the nation when the two leaders do nothing but fight?" the Labour MP for Birkenhead asked.',
        '"We have always said we are going to introduce a hybrid Bill for Crossrail in the Spring," the Department for Transport said on Sunday.',
      ].join(' '),
    ).map((q) => [q.speaker, q.role]);
    expect(speakers).toEqual([
      ['the Labour MP for Birkenhead', undefined],
      ['Department for Transport', undefined],
    ]);
  });
  it('GIVEN "… said Dr Nielsen, adding that they have defined success" and "Pointing to Germany\'s trade interests, Mr Nattrass said: …" THEN no role: what they went on to say, or a clause before them, is not who they are', () => {
    const roles = quotesOf(
      [
        'Usability expert Jakob Nielsen spoke at the conference in London.',
        '"Those four sites are extremely profitable and extremely successful," said Dr Nielsen, adding that they have largely defined commercial success on the net.',
        'UKIP member Mike Nattrass spoke in Brussels.',
        'Pointing to Germany\'s trade interests as a country in the centre of Europe, Mr Nattrass said: "The fact is that the EU benefits Germany but it does not benefit Britain."',
      ].join(' '),
    ).map((q) => q.role);
    expect(roles).toEqual([undefined, undefined]);
  });
});

describe('findQuotes: a role ends at a dash aside or a second predicate', () => {
  it('GIVEN "Ivan Kulakov, deputy chairman of Highland Gold - a mining firm that has the motto …, said" and "Michael Mates, a member of the committee and was part of the inquiry, said" THEN the roles end before the aside and the predicate', () => {
    const roles = quotesOf(
      [
        'Ivan Kulakov, deputy chairman of Highland Gold - a mining firm that has the motto "gold is forever" - said: "We will keep digging for as long as the price holds."',
        'Michael Mates, a member of the Commons intelligence and security committee and was part of the Butler inquiry, said: "The report was clear about the failings of the process."',
      ].join(' '),
    ).map((q) => q.role);
    expect(roles).toEqual([
      'deputy chairman of Highland Gold',
      'a member of the Commons intelligence and security committee',
    ]);
  });
});

describe('findQuotes: a role that is a clause of the sentence is not shown', () => {
  it('GIVEN "Barbara Follet, elected in 1997, said" and "Max Houck, runs a forensic science graduate course …, said" THEN no roles; "Peter Sanders, Stop Stansted Expansion chairman" keeps his', () => {
    const roles = quotesOf(
      [
        'Barbara Follet, elected in 1997, said: "We have to listen to what voters are telling us."',
        'Max Houck, runs a forensic science graduate course at West Virginia University, said: "The effect is basically a perception."',
        'Peter Sanders, Stop Stansted Expansion chairman, said: "We will fight this plan all the way to the courts."',
      ].join(' '),
    ).map((q) => q.role);
    expect(roles).toEqual([undefined, undefined, 'Stop Stansted Expansion chairman']);
  });
});

describe('findQuotes: a surname that ends in "ly" is no adverb', () => {
  it('GIVEN "Napier\'s lawyer Tony Kelly … Mr Kelly said: \\"…\\"" THEN Tony Kelly speaks, not "K"', () => {
    const [q] = quotesOf(
      'Napier\'s lawyer Tony Kelly believes the action will soon be followed by others. Mr Kelly said: "There are hundreds of people still undergoing slopping out and overcrowding."',
    );
    expect(q?.speaker).toBe('Tony Kelly');
  });
});

describe('findQuotes: whose relative speaks, and a title of somewhere', () => {
  it('GIVEN "Amanda\'s uncle, Lewis Champion, told the BBC News website Ford did not deserve any credit, saying: …" and "The Archbishop of Canterbury said: …" THEN Lewis Champion (no role) and the Archbishop of Canterbury speak', () => {
    const quotes = quotesOf(
      [
        'Amanda\'s uncle, Lewis Champion, told the BBC News website Ford did not deserve any credit for his plea, saying: "Nothing at all is worth taking five years off a murder sentence."',
        'The Archbishop of Canterbury said: "I am pleased that they have decided to take this important step."',
      ].join(' '),
    ).map((q) => [q.speaker, q.role]);
    expect(quotes).toEqual([
      ['Lewis Champion', undefined],
      ['the Archbishop of Canterbury', undefined],
    ]);
  });
});

describe('findQuotes: a nationality alone is a description, not a name', () => {
  it('GIVEN "The 55-year-old Frenchman told the website: …" in a story about Arsene Wenger THEN Arsene Wenger speaks; unresolved it reads "the Frenchman", and a surname like "Jordan" is still a name', () => {
    const quotes = quotesOf(
      [
        'Arsenal manager Arsene Wenger has signed a new contract with the club.',
        'Wenger has won the title three times during his reign.',
        'Wenger said he was delighted to commit his future to Arsenal.',
        'The 55-year-old Frenchman told the club website: "My intention has always been clear. I love this club."',
      ].join(' '),
    );
    expect(quotes[0]?.speaker).toBe('Arsene Wenger');
    const [other] = quotesOf(
      'The visitors were beaten at home. The Frenchman told reporters: "We were not good enough today, and we know it."',
    );
    expect(other?.speaker).toBe('the Frenchman');
    const [jordan] = quotesOf(
      'Frank Jordan spoke to CNN about his son. "We are hopeful that he will be found safe and well," Jordan said.',
    );
    expect(jordan?.speaker).toBe('Frank Jordan');
  });
});

describe('findQuotes: a verb of saying and its colon open a new quotation in single marks too', () => {
  it('GIVEN "He added: \'… entertaining." left open, then "… Alexandria Redwood said: \'Peter managed …\'" THEN that is Michael Redwood\'s own quote', () => {
    const quotes = quotesOf(
      [
        'Director Michael Redwood paid tribute to the actor.',
        "He added: 'Of course, the inevitable wind-ups surfaced whenever the devil inside him needed entertaining.",
        'The film attempts to pay homage to Saint Katherine by portraying her as a real woman.',
        "Director Michael Redwood has a word with the actor on the set of Fall of an Empire: The Story of Katherine of Alexandria Redwood said: 'Peter managed to politely subdue his mischievousness, but not for long.'",
      ].join(' '),
    );
    expect(quotes.find((q) => /^Peter managed/.test(q.text))?.speaker).toBe('Michael Redwood');
  });
});

describe('findQuotes: a nationality before its noun names no one', () => {
  it('GIVEN "… ahead of referendums on the European Constitution. … Britain\'s low unemployment meant less neurosis about people from eastern European countries. \\"…\\"" THEN the quotation is Jack Straw\'s, not "European Constitution"\'s', () => {
    const quotes = quotesOf(
      [
        'Foreign Secretary Jack Straw is meeting his EU counterparts ahead of a series of referendums on the European Constitution.',
        'Mr Straw insisted there was nothing to fear from the services directive.',
        '"European countries overall have benefited hugely from the free market in goods," he said.',
        'Britain\'s low unemployment meant there was less "neurosis" about people coming from eastern European countries.',
        '"In countries like Germany and France, they have much higher levels of unemployment."',
      ].join(' '),
    );
    expect(quotes.find((q) => /In countries like Germany/.test(q.text))?.speaker).toBe(
      'Jack Straw',
    );
  });
});

describe('findQuotes: a role ends where what the speaker was doing begins', () => {
  it('GIVEN "\'…,\' said Greg Abbott, Texas attorney general announcing the legal action." THEN the role is "Texas attorney general"', () => {
    const [q] = quotesOf(
      '"Illegal spam must be stopped," said Greg Abbott, Texas attorney general announcing the legal action.',
    );
    expect([q?.speaker, q?.role]).toEqual(['Greg Abbott', 'Texas attorney general']);
  });
});

describe('findQuotes: what a speaker went on to say is no part of the attribution', () => {
  it('GIVEN \'"…," he said, adding that "it\'s an issue we have in common".\' THEN the quotation is his; "he said that …" is still reported speech', () => {
    const quotes = quotesOf(
      [
        'SMFG President Yoshifumi Nishikawa said that the companies needed to bolster their businesses.',
        '"Both companies need to strengthen retail and other operations," he said, adding that "it\'s an issue we have in common".',
        '"We have a pretty strong legal case here," he added, saying it would only become an issue later.',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Both companies need to strengthen retail and other operations.', 'Yoshifumi Nishikawa'],
      ['We have a pretty strong legal case here.', 'Yoshifumi Nishikawa'],
    ]);
  });
});

describe('findQuotes: a role is a description, whole', () => {
  it('GIVEN "Ian Taylor, of the Alliance of British Drivers, said: …" and "David Frost, director of the British Chambers of Commerce, said: …" THEN the roles keep the whole name of the body', () => {
    const quotes = quotesOf(
      [
        "Ian Taylor, of the Alliance of British Drivers, said: 'I think the judges are somewhat out of touch.'",
        'David Frost, director of the British Chambers of Commerce, said: "Employers are feeling the bite now."',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Ian Taylor', 'of the Alliance of British Drivers'],
      ['David Frost', 'director of the British Chambers of Commerce'],
    ]);
  });

  it('GIVEN a caption glued before the name, "… was fined after he returned 56 minutes late Richard Lloyd, executive director of consumer watchdog Which?, said: …" THEN the role is his, not the caption\'s clause', () => {
    const quotes = quotesOf(
      "The retail site offers two free hours of parking and Mr Beavis was fined after he returned 56 minutes late Richard Lloyd, executive director of consumer watchdog Which?, said: 'We are concerned that this decision waters down the law.'",
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Richard Lloyd', 'executive director of consumer watchdog Which?'],
    ]);
  });
});

describe('findQuotes: a nationality before a full name is no part of it', () => {
  it('GIVEN "Spaniard Guillermo Garcia-Lopez beat … \\"…,\\" he said." THEN Guillermo Garcia-Lopez speaks', () => {
    const quotes = quotesOf(
      [
        'Spaniard Guillermo Garcia-Lopez beat fifth seed Carlos Moya at the Australian Open on Monday.',
        '"I think this was the most important win of my life as Carlos is one of the best players in the world," he said.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Guillermo Garcia-Lopez']);
  });
});

describe('findQuotes: the body named before a role is part of it', () => {
  it('GIVEN "Police Federation chairman Jan Berry said …" then "\'…,\' she said" THEN her role is "Police Federation chairman"; a name\'s end alone ("Bank of | England") is not the body, the whole name is; an opener ("Earlier") is none', () => {
    const role = (text: string) => quotesOf(text)[0]?.role;
    expect(
      role(
        'Police Federation chairman Jan Berry said civilian officers should act as "eyes and ears". "They should not be placed in confrontational situations," she said.',
      ),
    ).toBe('Police Federation chairman');
    expect(
      role(
        'Bank of England deputy governor Rachel Lomax said rates were right. "We are content with where rates are," she said.',
      ),
    ).toBe('Bank of England deputy governor');
    expect(
      role(
        'Earlier Tory leader Michael Howard said rates were wrong. "We are not content with rates," he said.',
      ),
    ).toBe('Tory leader');
    expect(
      role(
        'But Fair Trials Abroad director Stephen Jakobi said the accounts were alike. He said: "The pattern is the same."',
      ),
    ).toBe('Fair Trials Abroad director');
  });
});

describe('findQuotes: a sentence that ends on who reported it, verb first', () => {
  it('GIVEN "The barrister who had represented Mr Martin had said …, said Mr Clarke. He said: \'…\'" THEN Charles Clarke speaks, not Tony Martin', () => {
    const quotes = quotesOf(
      [
        'Home Secretary Charles Clarke rejected the claim.',
        'Norfolk farmer Tony Martin was jailed for shooting a burglar in 1999.',
        'The barrister who had represented Mr Martin had said the rules were "weighted overwhelmingly" in favour of the householder, said Mr Clarke.',
        'He said: "The problem is there has not been enough understanding of it."',
      ].join(' '),
    );
    expect(quotes.find((q) => /enough understanding/.test(q.text))?.speaker).toBe('Charles Clarke');
  });
});

describe('findQuotes: an office made to say something', () => {
  it('GIVEN "Sir John Stevens backed …. The pressure prompted the prime minister to say …. He told MPs: \'…\'" THEN the prime minister speaks (Tony Blair when the article gives him the office), never Sir John', () => {
    const text = (opening: string) =>
      [
        opening,
        'Metropolitan Police Commissioner Sir John Stevens last month backed a change to the law.',
        'The pressure prompted the prime minister to say the police would be consulted.',
        'He told MPs: "If we get the right response from those people, we will support a change."',
      ].join(' ');
    const speaker = (t: string) => quotesOf(t).find((q) => /right response/.test(q.text))?.speaker;
    expect(speaker(text('The law on burglars is under review.'))).toBeUndefined();
    expect(speaker(text('Prime Minister Tony Blair faces a revolt on the law.'))).toBe(
      'Tony Blair',
    );
  });
});

describe('findQuotes: "he" is never a company, nor what the quotation speaks of', () => {
  it("GIVEN \"… for Scott's company Scott Free to develop. The director said he was thrilled. 'Wolf Brother is an enchanting book,' he said.\" THEN neither Scott Free nor Wolf Brother speaks", () => {
    const speakers = quotesOf(
      [
        "Michelle Paver's Wolf Brother, a fantasy set 6,000 years ago, is the first in a planned series of six books.",
        "Film studio Fox has bought the rights for around $4m for Scott's company Scott Free to develop.",
        'The director said he was "thrilled" with the project.',
        '"Wolf Brother is an enchanting book," he said.',
      ].join(' '),
    ).map((q) => q.speaker);
    expect(speakers).not.toContain('Scott Free');
    expect(speakers).not.toContain('Wolf Brother');
  });
  it('GIVEN "The Ofsted chief said …. \'…\'" after "said Mr Bell" THEN David Bell still speaks', () => {
    const quotes = quotesOf(
      [
        'Chief inspector of schools David Bell warned that faith schools must teach tolerance.',
        '"Many must adapt their curriculum," said Mr Bell.',
        'The Ofsted chief said his annual report would refer to Muslim schools.',
        '"I worry that many young people are being educated with little appreciation of their obligations," he said.',
      ].join(' '),
    );
    expect(quotes.find((q) => /I worry/.test(q.text))?.speaker).toBe('David Bell');
  });
});

describe('findQuotes: a role, whose it is, then the name between commas', () => {
  it('GIVEN "Northsound\'s chief executive, Peter Dunmore, apologised …" then "\'…,\' Mr Dunmore told reporters" THEN his role is "Northsound\'s chief executive"', () => {
    const quotes = quotesOf(
      [
        "Northsound's chief executive, Peter Dunmore, apologised to passengers on Monday evening.",
        '"Every boat we have will be back in service by the weekend," Mr Dunmore told reporters at the harbour.',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Peter Dunmore', "Northsound's chief executive"],
    ]);
  });
});

describe('findQuotes: a quotation that runs on past its lost closing mark into its attribution', () => {
  it('GIVEN ""… continue to \'wait and see\', the organisation said in its report. Global growth is expected to fall …" THEN the quotation ends before "the organisation said"', () => {
    const quotes = quotesOf(
      [
        'Publishing its economic survey, the UNECE said central European countries would provide the backbone of growth.',
        "\"In view of the stronger euro, monetary policy is likely to continue to 'wait and see', the organisation said in its report.",
        'Global economic growth is expected to fall from 5% in 2004 to 4.25%.',
        'The UNECE warned that the deficit could cause difficulties. "The orderly reversal of the deficit is a major challenge for policy makers," it noted.',
      ].join(' '),
    );
    const text = quotes.find((q) => /wait and see/.test(q.text))?.text ?? '';
    expect(text).toMatch(/'wait and see'\.$/);
    expect(text).not.toMatch(/Global economic growth|organisation said/);
  });
});

describe("findQuotes: someone's writing as the sentence's subject", () => {
  it("GIVEN \"Mr Campbell's e-mail … suggested they should get Trevor Beattie, TBWA's boss, to issue a statement. In it, he said: '…'\" THEN Alastair Campbell speaks; \"Mr Campbell's lawyer said …. He said:\" is still not Campbell", () => {
    const opening = 'Former media chief Alastair Campbell is at the centre of a row.';
    const speaker = (middle: string) =>
      quotesOf(`${opening} ${middle} "Just spoke to trev. Posters done according to brief."`)[0]
        ?.speaker;
    expect(
      speaker(
        "Mr Campbell's e-mail, which was intended for a party official, suggested they should get Trevor Beattie, TBWA's boss, to issue a statement. In it, he said:",
      ),
    ).toBe('Alastair Campbell');
    expect(
      speaker("Mr Campbell's lawyer, David Price, said the e-mail was private. He said:"),
    ).not.toBe('Alastair Campbell');
  });
});

describe('findQuotes: a single mark that opens a quotation and that nothing closes', () => {
  it('GIVEN said: "\'We are hoping …" THEN the quotation is shown without the stray mark; a quotation inside one keeps its marks', () => {
    expect(
      quotesOf(
        'His lawyer Louise Christian said: "\'We are hoping to issue proceedings against the officials."',
      )[0]?.text,
    ).toBe('We are hoping to issue proceedings against the officials.');
    expect(quotesOf(`"'Look, he's flying!' we all said," Maria Lopez said.`)[0]?.text).toBe(
      "'Look, he's flying!' we all said.",
    );
  });
});

describe('findQuotes: a surname several people share', () => {
  it('GIVEN Frank Jordan named first, then "Louis Jordan, 37, took …" and "\\"…,\\" Jordan told CNN" THEN Louis Jordan speaks', () => {
    const quotes = quotesOf(
      [
        'The last time Frank Jordan spoke with his son, Louis Jordan was fishing on a sailboat.',
        '"I thought I lost you," the relieved father said.',
        'Louis Jordan, 37, took his 35-foot sailboat out in late January and was found on Thursday.',
        '"I was utterly thankful and grateful to the people who rescued me," Jordan told CNN.',
      ].join(' '),
    );
    expect(quotes.find((q) => /utterly thankful/.test(q.text))?.speaker).toBe('Louis Jordan');
  });
});

describe('findQuotes: a quotation a colon introduces that ran on to another speaker', () => {
  it('GIVEN \'Mido added: "… "So I am now used to … at times. Meanwhile, … Methat Shalaby welcomed … "…," Shalaby said.\' THEN Mido says his words, up to the sentence that names Shalaby', () => {
    const quotes = quotesOf(
      [
        'Mido said he was sorry.',
        'Mido added: "It is not my right to give orders and say when I want to play.',
        '"So I am now used to the fact that the press can be against me at times.',
        'Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology and said no one had exerted pressure on Mido.',
        '"His apology today does not negatively affect him in any way," Shalaby said.',
      ].join(' '),
    );
    const q = quotes.find((x) => /not my right/.test(x.text));
    expect(q?.speaker).toBe('Mido');
    expect(q?.text).toMatch(/against me at times\.$/);
  });
});

describe('findQuotes: a job that opens the sentence is a common noun', () => {
  it('GIVEN "Boss Steve Bruce said: …" THEN the role shows "boss"; GIVEN "President Bush said: …" THEN the title stays', () => {
    const [bruce] = quotesOf(
      'Boss Steve Bruce said: "I am not going to say the decision is down to the fans."',
    );
    expect(bruce?.role).toBe('boss');
    const [bush] = quotesOf(
      'President George Bush said: "We will not give in to terror in any form."',
    );
    expect(bush?.role).toBe('President');
  });
});

describe('findQuotes: "the spokesman" is the spokesman the sentence before introduced', () => {
  it('GIVEN "A UKIP spokesman said … \\"…,\\" the spokesman added." THEN "A UKIP spokesman" speaks; a spokeswoman is not that spokesman', () => {
    const [q] = quotesOf(
      'A UKIP spokesman said the resignation followed reports in a newspaper. "He did once attend a BNP meeting and will take no further part of it," the spokesman added.',
    );
    expect(q?.speaker).toBe('A UKIP spokesman');
    const [other] = quotesOf(
      'A UKIP spokesman said the resignation followed reports in a newspaper. "He did once attend a BNP meeting and will take no further part of it," the spokeswoman added.',
    );
    expect(other?.speaker).not.toBe('A UKIP spokesman');
  });
});

describe('findQuotes: a caption that repeats a quotation adds nothing to it', () => {
  it("GIVEN \"'…We’re no heroes, just tourists,' Makrus Åsberg … told the New York Post. 'We're no heroes, just tourists': The Swedish cops …\" THEN the quotation holds those words once", () => {
    const [q] = quotesOf(
      "'We came here for vacation. We’ve been here one day. We’re no heroes, just tourists,' Makrus Åsberg, a 25-year-old officer, told the New York Post. 'We're no heroes, just tourists': The Swedish cops said they were just answering the call of duty.",
    );
    expect(q?.text.match(/no heroes/g)?.length).toBe(1);
  });
});

describe('findQuotes: a name whose relative clause leads to "said" is who the sentence reports', () => {
  it('GIVEN a caption naming President Barack Obama glued before "Jeff Sessions, who has been a leader in the immigration debate, said in a letter … He wrote: \'…\'" THEN Jeff Sessions speaks', () => {
    const quotes = quotesOf(
      "By 2060, immigrants will account for 82 per cent of growth since 2010 President Barack Obama is trying to use executive powers to expand immigration policies Senator Jeff Sessions, who has been a leader in the immigration debate, said in a letter to the New York Times on Saturday that immigration will hurt the middle class. He wrote: 'It defies reason to argue that the record admission of new foreign workers has no negative effect on wages.'",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jeff Sessions']);
  });
});

describe('findQuotes: a family or a band named with its article', () => {
  it('GIVEN "The Smiths told MailOnline Travel: \'…\'" THEN the Smiths speak, not "Smiths"', () => {
    const [q] = quotesOf(
      "The couple say they have found 102 arrows so far. The Smiths told MailOnline Travel: 'We have located 102 arrows or portions of arrows, some are badly deteriorated.'",
    );
    expect(q?.speaker).toBe('the Smiths');
  });
});

describe('findQuotes: a quotation that lost its closing mark and ran on into the next one', () => {
  it("GIVEN \"One commenter wrote: 'You are amazing at what you do.\" (its mark lost), narration about Promise, then \"On her YouTube profile she writes: '…\" THEN the commenter's words end with their sentence and the profile's words are Promise's", () => {
    const q = quotesOf(
      [
        'YouTube star Promise Tamong turns herself into Maleficent in a new tutorial.',
        "One commenter wrote: 'You are amazing at what you do.",
        'Promise has been posting make-up tutorials for six years now and has 2.8 million subscribers.',
        "On her YouTube profile she writes: 'I use make-up to transform myself into famous characters. 'It started out as a hobby four years ago.'",
      ].join(' '),
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['One commenter', 'You are amazing at what you do.'],
      [
        'Promise Tamong',
        'I use make-up to transform myself into famous characters. It started out as a hobby four years ago.',
      ],
    ]);
  });
  it('GIVEN the run-on words name who speaks after it THEN that speaker gets only the words after the last reopening mark', () => {
    const q = quotesOf(
      [
        'Defender Marco Rojas was ordered to pay Sarah Watkins £25,000 in legal costs.',
        "'I just wish I had never got involved with them,' she said after the court case.",
        "'This has been a total nightmare. Now pictures have emerged of her party lifestyle.",
        'Later that evening Rojas invited her to his flat, but she declined. He then sent her a text at 2am.',
        "'My love, where are you?' he asked.",
      ].join(' '),
    );
    expect(q.filter((x) => x.speaker === 'Marco Rojas').map((x) => x.text)).toEqual([
      'My love, where are you?',
    ]);
    // (Nor the run-on words up to a sentence that opens on his name: they name him before it.)
    const named = quotesOf(
      [
        'Defender Marco Rojas was ordered to pay Sarah Watkins £25,000 in legal costs.',
        "'I just wish I had never got involved with them,' she said after the court case.",
        "'This has been a total nightmare. Later that evening Rojas invited her to his flat, but she declined.",
        "Rojas then sent her a text at 2am. 'My love, where are you?' he asked.",
      ].join(' '),
    );
    expect(named.filter((x) => x.speaker === 'Marco Rojas').map((x) => x.text)).toEqual([
      'My love, where are you?',
    ]);
  });
  it('GIVEN a sentence about the speaker that opens on their name ("Grealish expressed …", "Mr Yushenko was …", "McLaren\'s only criticism …") THEN the words before it are theirs too, as a quotation of its own', () => {
    const speakers = (text: string) => quotesOf(text).map((x) => [x.speaker, x.text]);
    expect(
      speakers(
        "Jack Grealish made his first start on Saturday. 'He has given me my first start, which I am grateful for. You can see what he did with the young lads. Grealish expressed his gratitude towards manager Tim Sherwood. 'Yes, when you have Christian in the team who can score goals every game, it helps,' Grealish said.",
      ),
    ).toEqual([
      [
        'Jack Grealish',
        'He has given me my first start, which I am grateful for. You can see what he did with the young lads.',
      ],
      [
        'Jack Grealish',
        'Yes, when you have Christian in the team who can score goals every game, it helps.',
      ],
    ]);
    expect(
      speakers(
        "President Viktor Yushenko spoke in Davos. 'We have said as much to the Americans. Mr Yushenko was careful not to turn his back on Russia. 'Russia is our eternal strategic partner,' Mr Yushenko said.",
      ),
    ).toEqual([
      ['Viktor Yushenko', 'We have said as much to the Americans.'],
      ['Viktor Yushenko', 'Russia is our eternal strategic partner.'],
    ]);
    expect(
      speakers(
        'Boro manager Steve McLaren was delighted. "It was a perfect European night. McLaren\'s only criticism of his side was the score. "It should have been more convincing," said McLaren.',
      ),
    ).toEqual([
      ['Steve McLaren', 'It was a perfect European night.'],
      ['Steve McLaren', 'It should have been more convincing.'],
    ]);
  });
});

describe('findQuotes: a subject that describes the speaker, or leaves them unnamed, is not the name after its verb', () => {
  it('GIVEN "And the French international defender believes Mourinho is …" before "\'…,\' he said" THEN the defender named before speaks, not the manager', () => {
    const q = quotesOf(
      [
        'Chelsea defender William Gallas says the title race will go to the wire.',
        'Gallas has been given extra confidence by the impact manager Jose Mourinho has had since the summer.',
        'And the French international defender believes Mourinho is perfectly suited to boss the squad.',
        '"The finishing touch at Chelsea is a fantastic manager like Mourinho," he said.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['William Gallas']);
  });
  it('GIVEN "The world number one was forced to go the distance against Ivan Ljubicic …" before a bare quotation THEN the world number one named before speaks, not his opponent', () => {
    const q = quotesOf(
      [
        'Top seed Roger Federer had to save two match points before squeezing past Juan Carlos Ferrero at the Dubai Open.',
        'Federer was not unduly worried despite being taken to three sets for the third consecutive match.',
        'The world number one was forced to go the distance against Ivan Ljubicic in the Rotterdam final.',
        '"I definitely had a slow start again and to come back every time is quite an effort."',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Roger Federer']);
  });
  it('GIVEN "His agent told the Times that Pullman was happy …" before a quotation that names the director THEN no one is guessed, not the director', () => {
    const q = quotesOf(
      [
        'Chris Weitz, director of About a Boy, said the changes were being made after the studio expressed concern.',
        '"They have expressed worry about the possibility of perceived anti-religiosity," Weitz told a fan website.',
        'His agent told the Times newspaper that Pullman was happy with the adaptation so far.',
        '"Of course the studio wants to make money, but Mr Weitz is a wonderful director and Philip is very supportive."',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Chris Weitz']);
  });
});

describe('findQuotes: where a quotation ends', () => {
  it("GIVEN a closing double mark set off by a space ('… nine years... \" Hailey later recalled.') THEN the quotation ends there and the words after are not in it", () => {
    const q = quotesOf(
      'Author Arthur Bailey wrote his first screenplay on a flight. "I fell to daydreaming. I was a rusty wartime pilot who had not flown for nine years... " Bailey later recalled. The broadcaster bought the play for $600.',
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      [
        'Arthur Bailey',
        'I fell to daydreaming. I was a rusty wartime pilot who had not flown for nine years...',
      ],
    ]);
  });
  it("GIVEN a quotation that ends on a quotation inside it and runs on into a sentence about its speaker ('We all said, 'Look, he's flying!' Lawrence said his goal …') THEN it ends with the inner one, with no full stop added", () => {
    const q = quotesOf(
      "Photographer Alan Lawrence posted the pictures on his blog. 'When Wil was little, he would lie on his stomach like he was flying,' Lawrence told ABC. 'We all said, 'Look, he's flying!' Lawrence said his goal is to raise awareness.",
    );
    expect(q.map((x) => x.text).at(-1)).toBe(
      "When Wil was little, he would lie on his stomach like he was flying. We all said, 'Look, he's flying!'",
    );
  });
  it('GIVEN "Archbishop of Canterbury Dr Rowan Williams" THEN his role is the office, not "Canterbury Dr"', () => {
    const q = quotesOf(
      'The Archbishop of Canterbury Dr Rowan Williams appealed for more time. "I also wish you peace in your homes," Dr Williams said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Rowan Williams', 'Archbishop of Canterbury'],
    ]);
  });
});

describe('findQuotes: "Said X:" before a quotation', () => {
  it('GIVEN \'Said Wales assistant coach Scott Jansen: "…"\' and \'Said Williams: "…"\' THEN the name after "Said" speaks, with its role, and "Said" is no part of it', () => {
    expect(
      quotesOf(
        'Hal Luscombe should be fit for the trip. Said Wales assistant coach Scott Jansen: "We are positive about Hal and hope he will be raring to go."',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['Scott Jansen', 'Wales assistant coach']]);
    expect(
      quotesOf(
        'Bath have signed scrum-half Andy Williams from Worcester. Said Williams: "When this opportunity presented itself, I did not really have to think twice about it."',
      ).map((x) => x.speaker),
    ).toEqual(['Andy Williams']);
  });
});

describe('findQuotes: "added the Barcelona defender" goes on with the last speaker', () => {
  it("GIVEN \"'…,' centre back Gerard Pique told reporters. '…,' added the Barcelona defender.\" THEN Pique says both", () => {
    const q = quotesOf(
      [
        'Spain lost 2-0 to Holland in a friendly, but coach Vicente del Bosque will not be worried, insists Gerard Pique.',
        "'The national team's state of health is good,' centre back Gerard Pique told reporters.",
        "'We are in a process where players are coming into the team and gathering experience,' added the Barcelona defender.",
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Gerard Pique', 'Gerard Pique']);
  });
});

describe('findQuotes: "the lawyer added" after a sentence that has someone say something', () => {
  it('GIVEN "But Okonjo insists the club owes her client more. \'…,\' the lawyer added." THEN the lawyer is Grace Okonjo', () => {
    const q = quotesOf(
      [
        "The striker's lawyer has told Rovers they must settle his unpaid wages within a week.",
        '"We have been patient for months," Grace Okonjo told the local paper.',
        'The club says the payments were delayed by a change of bank.',
        'But Okonjo insists the club owes her client more than it has admitted.',
        '"He has kept his side of the contract and the club has to keep its side," the lawyer added.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Grace Okonjo', 'Grace Okonjo']);
  });

  it('GIVEN "the lawyer added" after a sentence whose subject says nothing THEN the description stays as written', () => {
    const q = quotesOf(
      [
        '"We have been patient for months," Grace Okonjo told the local paper.',
        'The club says the payments were delayed by a change of bank.',
        'Okonjo was not at the hearing on Friday.',
        '"He has kept his side of the contract and the club has to keep its side," the lawyer added.',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Grace Okonjo', 'the lawyer']);
  });
});

describe('findQuotes: "himself" before a role points back to the name', () => {
  it('GIVEN \'"…," said Maria Duval, herself a former marathon champion.\' THEN the role is "a former marathon champion"', () => {
    const q = quotesOf(
      '"She will come back stronger from this," said Maria Duval, herself a former marathon champion.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Maria Duval', 'a former marathon champion'],
    ]);
  });
});

describe('findQuotes: a bare quotation after a sentence about its speaker', () => {
  const opening =
    'By any measure, campaign adviser Dana Whitfield is a winner. But Whitfield is no ideologue. On this subject, Whitfield appears almost evangelical.';
  it("GIVEN a full stop set after the closing mark ('… from there\".') THEN the quotation is still hers", () => {
    const q = quotesOf(
      `${opening} "I met the party leader on a ferry and it went from there". Her plan is simple.`,
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Dana Whitfield', 'I met the party leader on a ferry and it went from there.'],
    ]);
  });
  it('GIVEN a question before it that names someone else ("…, as Tom Reyes once declared?") THEN it is not that one\'s', () => {
    const q = quotesOf(
      `${opening} "We will destroy them," former member Tom Reyes said last year. So is the aim to destroy the old party, as Tom Reyes once declared? "No. The aim is to win seats."`,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('GIVEN "And, while we are on the subject of Mr Reyes, Ms Whitfield dismisses him …" THEN the quotation after is hers', () => {
    const q = quotesOf(
      `${opening} Former member Tom Reyes left last year. And, while we are on the subject of Mr Reyes, Ms Whitfield dismisses him with another neat line. "Tom Reyes is not a team player."`,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Dana Whitfield']);
  });
  it('GIVEN "New Yorker Dick Morris" THEN the name is Dick Morris', () => {
    const q = quotesOf(
      'By any measure, New Yorker Dick Morris is a winner. But Morris is no ideologue. On this subject, Morris appears almost evangelical. "I met the party leader on a ferry."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Dick Morris']);
  });
});

describe('findQuotes: a role after "said Name," that opens on its organisation', () => {
  it('GIVEN "…, said Maya Ortiz, Brightline Energy chief executive." before her quotation THEN that is her role', () => {
    const q = quotesOf(
      'The tariff is a "turning point" for the market, said Maya Ortiz, Brightline Energy chief executive. "Prices will fall by a fifth this winter," said Ms Ortiz.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Maya Ortiz', 'Brightline Energy chief executive'],
    ]);
  });
});

describe('findQuotes: an unnamed spokesperson speaks for the body the sentence before opens on', () => {
  it('GIVEN "The Transport Department declined to comment. \'…,\' a spokeswoman said." THEN she is "a spokeswoman for the Transport Department"', () => {
    const q = quotesOf(
      'Rail fares will rise by 6% in March. The Transport Department declined to comment on the rise. "We are reviewing every fare with the operators," a spokeswoman said on Friday.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['a spokeswoman for the Transport Department']);
  });
  it('GIVEN "The watchdog warned …" before it THEN the common noun serves too', () => {
    const q = quotesOf(
      'The watchdog warned that bills would rise. "Customers should compare tariffs now," a spokesman said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['a spokesman for the watchdog']);
  });
});

describe('findQuotes: a country is no one the story is about', () => {
  it('GIVEN "Great Britain" and "Britain\'s" as often as the runner\'s name THEN "The European champion said:" is still the runner', () => {
    const q = quotesOf(
      [
        "Britain's Amy Hollins shook off a cold to win the 400m at the Oslo indoor meeting.",
        'Hollins ran 51.9 seconds and finished well ahead of the Dutch runner Lotte Smit.',
        'The European champion said: "I nearly stayed in bed this morning, but the race went perfectly."',
        'Hollins, part of the Great Britain relay squad, now turns to the trials.',
        "Britain's Joe Marsh was third in the 60m.",
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Amy Hollins']);
  });
});

describe('findQuotes: photo captions glued to the sentence before "He said:"', () => {
  it('GIVEN captions naming "Raheem Sterling (right)" before "… and Rodgers now wants to draw a line under the matter. He said: \'…\'" THEN the last name that does something speaks', () => {
    const q = quotesOf(
      [
        'Liverpool manager Brendan Rodgers has reminded Raheem Sterling and Jordon Ibe about their responsibilities.',
        "Raheem Sterling (right) was pictured smoking a shisha pipe with team-mate Jordon Ibe earlier this season Liverpool boss Brendan Rodgers (left) hasn't disciplined Sterling or Ibe for the incident Rodgers spoke to Sterling and Ibe in his office on Thursday and Rodgers now wants to draw a line under the matter.",
        "He said: 'It is understanding that when you are a professional, elite sportsperson, there are things you cannot be doing.'",
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['Brendan Rodgers']);
  });
  it('GIVEN such captions and no name in them that does something THEN the one person named after the last caption speaks, and with none no one is guessed', () => {
    const story = (glued: string) =>
      quotesOf(
        [
          'Arsenal legend Ian Wright will present AP McCoy with his final champion jockeys trophy at Sandown.',
          glued,
          "He told Racemail: 'I have a kind invitation from the chairman to attend any home game before the end of the season.'",
        ].join(' '),
      ).map((x) => x.speaker);
    expect(
      story(
        'Iconic Arsenal striker Thierry Henry (centre) was asked to present the award but Sky did not allow it Family commitments will keep McCoy away from the Emirates on Sunday.',
      ),
    ).toEqual(['AP McCoy']);
    expect(
      story(
        'Iconic Arsenal striker Thierry Henry (centre) was asked to present the award but Sky did not allow it.',
      ),
    ).toEqual([]);
  });
});

describe('findQuotes: a name inside an aside between dashes', () => {
  it('GIVEN "The band - whose self-titled LP was the biggest-selling album - thanked fans, adding: \'…\'" THEN "LP" is not who speaks', () => {
    const q = quotesOf(
      'The band - whose self-titled LP was 2004\'s biggest-selling album - thanked "all the members of the sisterhood", adding: "We would not be here without you."',
    );
    expect(q.map((x) => x.speaker)).not.toContain('LP');
  });
});

describe('findQuotes: what is no role', () => {
  it('GIVEN "The MP, who is consulting his lawyers, told BBC News:" THEN what he is doing is not shown as his role', () => {
    const q = quotesOf(
      'Tory MP Howard Fleet says he will not stand down as a candidate. The MP, who is consulting his lawyers, told BBC News: "They selected me and they can dispose of me or keep me."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Howard Fleet', undefined]]);
  });
  it('GIVEN "… either side of half-time when his captain Gareth Thomas was in the sin-bin" THEN his role is "captain", not the words of the clause before it', () => {
    const q = quotesOf(
      'Henson moved to full-back for 10 minutes either side of half-time when his captain Gareth Thomas was in the sin-bin. "It was out of Steve\'s range but I looked at Gavin, and he gave me a nod," said Thomas.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Gareth Thomas', 'captain']]);
  });
});

describe('findQuotes: names read in full', () => {
  it('GIVEN "… signed up for Ricky Gervais\' new sitcom" and then "\'…,\' said Gervais" THEN the speaker is named in full', () => {
    const q = quotesOf(
      'Hollywood actors Samuel Jackson and Ben Stiller have signed up for Ricky Gervais\' new sitcom. "We wanted actors who had iconic status," said Gervais.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ricky Gervais']);
  });
  it('GIVEN "Scientologist John Travolta is not a fan" and then "\'…,\' Travolta said" THEN the speaker is John Travolta, not "Scientologist John Travolta"', () => {
    const q = quotesOf(
      'Buzz has surrounded the new documentary, but Scientologist John Travolta is not a fan. "I have been so happy with my experience in the last 40 years," Travolta said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['John Travolta']);
  });
  it('GIVEN "the 2004 film 50 First Dates" THEN "First Dates" is no person who could speak', () => {
    const q = quotesOf(
      'The idea is borrowed from the 2004 film 50 First Dates, in which the heroine suffers memory loss each day. "We are looking to see if we can set a positive tone for the day," she said.',
    );
    expect(q.map((x) => x.speaker)).not.toContain('First Dates');
  });
  it('GIVEN "Professor Michael Porter of Harvard Business School, who headed the research, said:" THEN Michael Porter speaks, with the rest as his role; a peer\'s place stays in his name', () => {
    expect(
      quotesOf(
        'Professor Michael Porter of Harvard Business School, who headed the research, said: "A striking finding is that GDP is far from being the sole determinant."',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['Michael Porter', 'Professor of Harvard Business School']]);
    expect(
      quotesOf(
        'Lord Faulkner of Worcester said: "We accept that most betting is not corrupt."',
      ).map((x) => x.speaker),
    ).toEqual(['Lord Faulkner of Worcester']);
  });
  it('GIVEN "Guitarist Brian May has said …" and then "May said: \'…\'" THEN the speaker is Brian May, "May" read as his surname, not the month', () => {
    const q = quotesOf(
      'Guitarist Brian May has said he expects to be on the road with the band from April. May said: "Suddenly the band is rising again from the ashes."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Brian May']);
  });
});

describe('findQuotes: a paper that shows what the quotation after it says', () => {
  it('GIVEN "The minutes of the meeting show how the chance … evaporated." before a bare quotation THEN the minutes speak, not the man named before', () => {
    const q = quotesOf(
      [
        'Four hours later, Sir Edward Heath called the Liberal leader back to Downing Street in a last attempt at a deal.',
        'The minutes of the meeting show how the chance of a coalition government quickly evaporated.',
        '"The PM said he was bound to tell Mr Thorpe that his colleagues would not agree."',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).toEqual(['The minutes of the meeting']);
  });
});

describe('findQuotes: a relative named by a first name alone', () => {
  it('GIVEN "introduced by his son Nick, … who praised …" in a story that names another Nick THEN that other Nick does not speak; "His wife Sharon" is Sharon Osbourne where Ozzy Osbourne is named', () => {
    const speakers = (text: string) => quotesOf(text).map((x) => x.speaker);
    expect(
      speakers(
        'Michael Howard spoke to the conference. Earlier, 20-year-old politics student Nick Vaughan said: "It has been a fantastic few weeks." The speech had been introduced by his son Nick, a trainee vicar, who praised his father\'s honesty. "I always know where I am with him because all my life he has meant what he has said."',
      ),
    ).not.toEqual(['Nick Vaughan', 'Nick Vaughan']);
    expect(
      speakers(
        'Ozzy Osbourne says there will be no more episodes of the show. Sharon Osbourne is a judge on The X Factor. "At the end of it I did not like having cameras around the house all the time," Ozzy Osbourne told reporters. His wife Sharon, who also appears in the show, agreed. "Now everybody is doing reality shows."',
      ).at(-1),
    ).toBe('Sharon Osbourne');
  });
});

describe('findQuotes: letters after a full name', () => {
  it('GIVEN "Ian MacDonald QC said:" THEN the speaker is Ian MacDonald, with QC as his role; "the Ealing North MP" stays a description', () => {
    expect(
      quotesOf('Ian MacDonald QC said: "The reason why I am resigning is that I disagree."').map(
        (x) => [x.speaker, x.role],
      ),
    ).toEqual([['Ian MacDonald', 'QC']]);
    expect(
      quotesOf(
        '"It was a pretty horrible thing with a happy ending," said the Ealing North MP.',
      ).map((x) => x.speaker),
    ).toEqual(['the Ealing North MP']);
  });
});

describe('findQuotes: a paper that goes on, and a department after a role', () => {
  it('GIVEN "Mr Crosby\'s statement said: … It added: …" after "But Mr Crosby said" THEN "it" is the statement, not "But Mr Crosby"', () => {
    const q = quotesOf(
      [
        'The Times said Australian Lynton Crosby told the party leader to focus on the seats.',
        'But Mr Crosby said in a statement: "I have never had any such conversation."',
        'Mr Howard appointed Mr Crosby as his elections chief last October.',
        'Mr Crosby\'s statement said: "The party has been making an impact on the issues."',
        'It added: "Labour will be wanting to distract attention from the issues."',
      ].join(' '),
    );
    expect(q.map((x) => x.speaker)).not.toContain('But Mr Crosby');
    expect(q.at(-1)?.speaker).toBe("Mr Crosby's statement");
    expect(q.at(-1)?.text).toContain('distract attention');
  });

  it('GIVEN "Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said:" THEN Kelly speaks and the department is part of his role', () => {
    const q = quotesOf(
      'IBM has received 25,772 US patents. In a statement, Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said: "True innovation leadership is about more than the number of patents."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['John E. Kelly', 'IBM senior vice president, Technology and Intellectual Property'],
    ]);
  });
});

describe('findQuotes: a sporting position before a full name', () => {
  it('GIVEN "Goalscorer Jimmy Floyd Hasselbaink added:" and "Wing Christophe Dominici says …" THEN the position is no part of the name', () => {
    expect(
      quotesOf(
        'Chelsea beat Ajax 2-1 on Tuesday. Goalscorer Jimmy Floyd Hasselbaink added: "It was not a beautiful match to watch."',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['Jimmy Floyd Hasselbaink', 'goalscorer']]);
    expect(
      quotesOf(
        'Wing Christophe Dominici says France can win another Grand Slam. "We are still in the race for the Grand Slam," said Dominici.',
      ).map((x) => x.speaker),
    ).toEqual(['Christophe Dominici']);
  });
});

describe('findQuotes: a middle initial without its full stop', () => {
  it('GIVEN "Cosby\'s lawyer, Walter M Phillips Jr, said … \'…,\' he said" THEN the speaker is Walter M Phillips Jr; "US president George W Bush" gives "Mr Bush" his role', () => {
    expect(
      quotesOf(
        'The woman reported the allegations last month. Cosby\'s lawyer, Walter M Phillips Jr, said the comedian was pleased with the decision. "He looks forward to moving on with his life," he said.',
      ).map((x) => x.speaker),
    ).toEqual(['Walter M Phillips Jr']);
    expect(
      quotesOf(
        'US president George W Bush has pledged a tough budget next February. "We will submit a budget that fits the times," Mr Bush said.',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['George W Bush', 'US president']]);
  });
});

describe('findQuotes: a role qualified by the words before it, and a rank after an office', () => {
  it('GIVEN "former independent MP Martin Bell insisted" and later "\'…,\' he said" THEN both quotations show him as a former independent MP, never as an MP', () => {
    const q = quotesOf(
      '"Any of them would make competent MPs," former independent MP Martin Bell insisted on Radio 4. Mr Bell will offer his advice to the contestants on Wednesday. "If it gets more people voting there is no harm in that," he said.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Martin Bell', 'former independent MP'],
      ['Martin Bell', 'former independent MP'],
    ]);
  });

  it('GIVEN "said former Labour leader Neil Kinnock" and later "\'…,\' Mr Kinnock added" THEN the later quotation keeps "former" too', () => {
    const q = quotesOf(
      '"The party will win again," said former Labour leader Neil Kinnock. The party lost in 1992. "We have the policies and we have the people," Mr Kinnock added.',
    );
    expect(q.map((x) => x.role)).toEqual(['former Labour leader', 'former Labour leader']);
  });

  it('GIVEN "But former British Commander Colonel Bob Stewart said: \'…\'" THEN Colonel Bob Stewart speaks, a former British Commander', () => {
    const q = quotesOf(
      'The MoD is considering whether to appeal. But former British Commander Colonel Bob Stewart said: "Anyone at the top will be saddened by the verdict." The case goes on.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Colonel Bob Stewart', 'former British Commander'],
    ]);
  });
});

describe('findQuotes: a role before a relative clause', () => {
  it('GIVEN "said X, a PhD student … at the Karolinska Institute who created the graph" THEN the role ends before "who"; "a senior KGB officer who became a secret agent for the British" keeps what he became', () => {
    expect(
      quotesOf(
        "'I made a visualization of the change in colors of paintings over time,' said Martin Bellander, a PhD student in psychology at the Karolinska Institute who created the graph.",
      ).map((x) => x.role),
    ).toEqual(['a PhD student in psychology at the Karolinska Institute']);
    expect(
      quotesOf(
        '"The British state is not a fat cow," said Oleg Gordievsky, a senior KGB officer who became a secret agent for the British.',
      ).map((x) => x.role),
    ).toEqual(['a senior KGB officer who became a secret agent for the British']);
  });
});

describe("findQuotes: an answer to a question is not the asker's", () => {
  it("GIVEN \"'My love, where are you?' he asked. 'It was a bit of an ego boost for me … but he wanted me.'\" THEN the second quotation is not Rojo's; a quotation that goes on after a question in his own voice still is", () => {
    const q = quotesOf(
      "Sarah Watson, 34, had met Marcus Rojo at the club's Christmas party. Later that evening Rojo invited her to his friend's flat, but she declined. He then sent a text at 2am. 'My love, where are you?' he asked. 'It was a bit of an ego boost for me. There were a lot of pretty girls that night, but he wanted me.' So she booked a taxi.",
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([['Marcus Rojo', 'My love, where are you?']]);
    const own = quotesOf(
      "Mr Smith denied the claims on Monday. 'Why would I do that?' he asked. 'I have never paid him for anything.' He left the court without speaking further.",
    );
    expect(own.map((x) => x.text).join(' ')).toContain('never paid');
  });
});

describe('findQuotes: a role said with "who has been"', () => {
  it('GIVEN "Jeff Sessions, who has been a leader in the immigration debate, said … He wrote: \'…\'" THEN his role reads "a leader in the immigration debate"; "who has been charged with fraud" is no role', () => {
    const q = quotesOf(
      "Senator Jeff Sessions, who has been a leader in the immigration debate, said in a letter that an increase would hurt the middle class. He wrote: 'It defies reason to argue that the admission of new workers has no effect on wages.'",
    );
    expect(q.map((x) => x.role)).toEqual(['a leader in the immigration debate']);
    const charged = quotesOf(
      '"I am innocent of everything," said John Smith, who has been charged with fraud.',
    );
    expect(charged.map((x) => x.role)).toEqual([undefined]);
  });
});

describe('findQuotes: whom a speaker speaks for', () => {
  it('GIVEN "Vincent Cable, for the Liberal Democrats, accused Mr Brown … He said: \'…\'" THEN his role reads "for the Liberal Democrats", never "the Liberal Democrats"', () => {
    const q = quotesOf(
      'Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices. He said: "Last week the prime minister gave us the politics of fear."',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Vincent Cable', 'for the Liberal Democrats'],
    ]);
  });
});

describe('findQuotes: whom the sentence before urged to do what "I" do', () => {
  it('GIVEN "Hip-hop producer No ID encouraged West to sample old soul … \'… records that I sample is in me,\' he said." THEN Kanye West speaks, not the producer; "the Middle East" is still no one', () => {
    const q = quotesOf(
      'Kanye West, 26, began rapping as a teenager at his Chicago school. Hip-hop producer No ID encouraged West to sample old soul and R&B hits then revive them, an approach that would become his trademark. "I feel like a lot of the soul that\'s in those old records that I sample is in me," he said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kanye West']);
    const place = quotesOf(
      'Oil prices rose on fears of supply cuts in the Middle East. "We expect prices to stay high for some time," said the Middle East.',
    );
    expect(place.map((x) => x.speaker)).not.toContain('Middle East');
  });
});

describe('findQuotes: "said the 23-year-old"', () => {
  it("GIVEN an age that describes the player the sentences before are about, named only by surname, THEN the quotation is \"the 23-year-old\"'s, not the story's other player's", () => {
    const q = quotesOf(
      'Lindsay Davenport beat Nicole Vaidisova in straight sets. "I was fully expecting a tough opponent," said Davenport. The 10th seed beat unseeded Russian Nadia Petrova 6-3 6-2. After a tough first set, Molik grew in confidence. She will now meet Venus Williams. "Bring it on," said the 23-year-old. "I played pretty well and it was nice to get through in straight sets."',
    );
    expect(q.find((x) => x.text.includes('pretty well'))?.speaker).toBe('the 23-year-old');
  });

  it('GIVEN the sentence before opens on the person named in full earlier, or the story opens on them with no one named since, or "the 28-year-old Morientes" THEN the person speaks', () => {
    const minar = quotesOf(
      'Lleyton Hewitt beat Ivo Minar 6-1 6-0 in the final. Hewitt is set to meet Arnaud Clement in the first round. Minar, ranked 158th in the world, was forced to pull out of qualifying. "For me, this was a big success," said the 20-year-old.',
    );
    expect(minar.map((x) => x.speaker)).toEqual(['Ivo Minar']);
    const campbell = quotesOf(
      'Arsenal\'s Sol Campbell has called the rivalry with Manchester United "bitter and personal". Last October, Arsenal lost 2-0 at Old Trafford. "It had a psychological impact on us," added the 30-year-old.',
    );
    expect(campbell.map((x) => x.speaker)).toEqual(['Sol Campbell']);
    const morientes = quotesOf(
      'Liverpool have made an offer for Fernando Morientes. "If there is an attractive proposition I would be keen to leave," said the 28-year-old Morientes.',
    );
    expect(morientes.map((x) => x.speaker)).toEqual(['Fernando Morientes']);
  });
});

describe('attributionBefore: two adverbs before the verb', () => {
  it('GIVEN "She then reportedly wrote; " or "he later publicly said:" before a quotation THEN the attribution is read (one adverb was all it allowed)', () => {
    expect(attributionBefore('She then reportedly wrote; ')).toEqual({ ref: 'She', pronoun: true });
    expect(attributionBefore('Mr Brown later publicly said: ')?.ref).toBe('Brown');
  });
});

describe('findQuotes: an owner whose name ends in s', () => {
  it('GIVEN "… said Ladbrokes\' Warren Lush." or "said the Observer\'s Philip French" THEN the person speaks, with the owner as the role', () => {
    expect(
      quotesOf(
        '"It is going to be close but Sheila is favourite," said Ladbrokes\' Warren Lush.',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['Warren Lush', 'Ladbrokes']]);
    expect(
      quotesOf(
        '"I think Swank will win," said the Observer\'s Philip French, who has seen every nominee.',
      ).map((x) => [x.speaker, x.role]),
    ).toEqual([['Philip French', 'the Observer']]);
  });
});

describe('findQuotes: a possessive inside a capitalised run', () => {
  it('GIVEN "… who also presents Stars In Their Eyes said …" before "\'…,\' the presenter said" THEN Cat Deeley speaks; "Stars In Their Eyes" is no one', () => {
    const q = quotesOf(
      'Cat Deeley has resigned as host of the Saturday morning music show CD:UK after six years. The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new projects. "I\'ve had a great few years and met some really incredible people," the presenter said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Cat Deeley']);
  });
});

describe('findQuotes: a spokesperson who did something first, then said', () => {
  it('GIVEN "A Labour party spokesman played down differences with Mr Wyatt and said …" then a bare quotation THEN it is never Mr Wyatt\'s', () => {
    const q = quotesOf(
      'Labour MP Derek Wyatt said the campaign had turned off voters. "We need Gordon Brown," he said. A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had a prominent campaign role. "This election is a choice between Labour taking Britain forward and the Conservatives taking us back."',
    );
    expect(q.find((x) => x.text.startsWith('We need'))?.speaker).toBe('Derek Wyatt');
    const choice = q.find((x) => x.text.startsWith('This election'));
    expect(choice === undefined || /spokesman/i.test(choice.speaker)).toBe(true);
  });
});

describe('findQuotes: a baroness called Lady too', () => {
  it('GIVEN "Baroness Hale, who chaired the inquiry, said …" and later "Lady Hale said …" THEN both quotations are one speaker, with her role', () => {
    const quotes = quotesOf(
      [
        'Baroness Hale, who chaired the inquiry, said the report would be published in full. "Nothing will be held back from the families," she said.',
        'Ministers have promised to respond within three months.',
        'Lady Hale said she expected resistance from the department. "Some officials will not welcome what we found," she said.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Baroness Hale', 'Baroness Hale']);
    expect(quotes[1]?.role).toBe(quotes[0]?.role);
  });
});

describe('findQuotes: "but the Frenchman …" and "It is an issue he has …"', () => {
  it('GIVEN a club named before "but the Frenchman has endured …" and "It is an issue he has raised before, when Leeds lost …" THEN the quotations after them are the director\'s, not the club\'s', () => {
    const quotes = quotesOf(
      [
        'Leeds Rhinos director of rugby Philippe Dupont has reopened the club-versus-country debate.',
        'Leeds host Wigan in the cup on Friday, but the Frenchman has endured a difficult week with six players away on international duty. "It is an important game but we have had just one full session," he told BBC Sport.',
        'It is an issue he has raised before, most notably in the autumn when Leeds lost all three of their league matches.',
        '"We are in the quarter-finals and it is always better to play at home," he added.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Philippe Dupont', 'Philippe Dupont']);
  });

  it('GIVEN "… is fit again, but the Scot admitted he was unsure …" in a story that names AC Milan as often as the manager THEN the quotation after it is the manager\'s, not the player\'s', () => {
    const quotes = quotesOf(
      [
        'Celtic manager Gordon Strachan said his side would not fear AC Milan on Tuesday.',
        'Strachan said AC Milan had the best defence in Europe, and that AC Milan would attack.',
        'Strachan also said that beating AC Milan would take luck.',
        "Celtic's own captain Neil Lennon is fit again, but the Scot admitted he was unsure whether to start the midfielder, who has not played for a month.",
        '"Neil is the best holding player we have. What I have to judge is whether he is ready," he said.',
        'Strachan named his squad on Monday against AC Milan.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Gordon Strachan']);
  });

  it('GIVEN "And the pressure is on Scotland coach Matt Williams as he seeks a first win" THEN his role is "Scotland coach", whose coach he is', () => {
    const quotes = quotesOf(
      'Italy will be looking for a victory. And the pressure is on Scotland coach Matt Williams as he seeks a first win. "We are confident we can beat Italy too," Williams said.',
    );
    expect(quotes).toEqual([
      expect.objectContaining({ speaker: 'Matt Williams', role: 'Scotland coach' }),
    ]);
  });

  it('GIVEN "stern words from chairman Alan Greenspan", then "Federal Reserve chairman Alan Greenspan warned" THEN his role says whose ("Federal Reserve chairman"), not a bare "chairman"', () => {
    const quotes = quotesOf(
      [
        'Rising oil prices hit shares on Monday after stern words from chairman Alan Greenspan.',
        'In a speech on Friday, Federal Reserve chairman Alan Greenspan warned that things could get worse.',
        '"It seems persuasive that a diminished appetite for dollars must occur," Mr Greenspan said.',
      ].join(' '),
    );
    expect(quotes).toEqual([
      expect.objectContaining({ speaker: 'Alan Greenspan', role: 'Federal Reserve chairman' }),
    ]);
  });

  it('GIVEN "The Spaniard believed he was talking to … Emilio Butragueno …" before "\'…,\' the 21-year-old told Cadena Cope" THEN the words are the story\'s man\'s, not the name the Spaniard spoke of', () => {
    const quotes = quotesOf(
      [
        'Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to Real Madrid after falling victim to a radio prank.',
        'The Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno when he allegedly berated his team-mates.',
        '"I wish I was playing for Real Madrid," the 21-year-old told Cadena Cope.',
        'Reyes had earlier played down the reports.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jose Antonio Reyes']);
  });

  it('GIVEN a nickname in marks between given name and surname (\'Antonio "LA" Reid, chairman of …, said:\') THEN the speaker is Antonio Reid, not "Reid"', () => {
    const quotes = quotesOf(
      'The label has a new boss. Antonio "LA" Reid, chairman of The Island Def Jam Music Group, said: "I can think of no-one more relevant to build upon our legacy."',
    );
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Antonio Reid' })]);
  });

  it('GIVEN a nickname whose closing mark is set off by a space (\'Jimmy "the Whirlwind " White\') THEN the quotation after it is read from its own opening mark, whole', () => {
    const text =
      'Another player - Jimmy "the Whirlwind " White - has admitted missing lessons, instead spending his days in smoky halls. "Tony Meo and me used to spend all of our spare time there," Mr White said. "We loved the game."';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        text: 'Tony Meo and me used to spend all of our spare time there. We loved the game.',
      }),
    ]);
    const r = summarize({ text: `${text} White is now 42 and still plays in exhibitions.` });
    expect(r.ok && r.value.keyPoints.some((p) => p.text.endsWith('halls."'))).toBe(false);
  });

  it("GIVEN \"The 24-year-old Reds skipper spoke out ahead of Tuesday's first leg at home to Bayer Leverkusen\" before \"'…,' he told …\" THEN the words are the skipper's, the story's man, not the club's", () => {
    const quotes = quotesOf(
      [
        'Steven Gerrard has admitted that Liverpool have little chance of winning the Champions League this season.',
        "The 24-year-old Reds skipper spoke out ahead of Tuesday's first leg at home to Bayer Leverkusen in the last 16.",
        '"Let\'s be realistic, there are some fantastic teams left in the competition," he told BBC Radio Five Live.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Steven Gerrard']);
  });

  it('GIVEN a quotation in single marks closed by a mark set off by spaces ("… explanation. \' The same graph …") THEN the caption after it is no part of the words', () => {
    const quotes = quotesOf(
      "Martin Bellander, a PhD student, made the graph. 'I haven't found any data on the prices of blue, so that explanation is hard to elaborate on. ' The same graph, but with only oil paintings 'Un Trou' by Jesus Soto: Researchers have found orange is the most common colour in art. Bellander said the trend was clear.",
    );
    expect(quotes).toEqual([
      expect.objectContaining({
        speaker: 'Martin Bellander',
        text: "I haven't found any data on the prices of blue, so that explanation is hard to elaborate on.",
      }),
    ]);
  });

  it.each([
    'The poster shows Mr Howard hypnotising people with a pocket watch, saying:',
    'The letter criticised Mr Howard for his policy, saying:',
  ])('GIVEN "%s" THEN the words are the made thing\'s, not those of the man it names', (before) => {
    const quotes = quotesOf(
      `Labour has been accused of using offensive images of Tory leader Michael Howard. ${before} "I can spend the same money twice." Mr Howard said: "It is such a pity that Mr Blair does not practise what he preaches."`,
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      expect.stringMatching(/^The (?:poster|letter)$/),
      'Michael Howard',
    ]);
  });

  it.each([
    // A name joined by "and" after a place opens a new clause: its subject speaks.
    ['Milan beat Juventus after a 0-0 tie at Old Trafford and Ancelotti said:', 'Milan coach'],
    // A fronted "After the game" is when, no role.
    ['After the game Ancelotti said:', 'Milan coach'],
  ])(
    'GIVEN "%s" after "Milan coach Carlo Ancelotti" THEN the quotation is Carlo Ancelotti\'s, as %s',
    (before, role) => {
      const quotes = quotesOf(
        `Milan coach Carlo Ancelotti said his team were looking forward to the trip. ${before} "We are all very happy to return to play in the Champions League and this will give us motivation."`,
      );
      expect(quotes).toEqual([expect.objectContaining({ speaker: 'Carlo Ancelotti', role })]);
    },
  );
});

describe('findQuotes: a protagonist with a hyphenated first name', () => {
  it('GIVEN "Leeds Rhinos director of rugby Jean-Marc Dupont has reopened …" and "but the Frenchman has endured …" THEN his quotations are Jean-Marc Dupont\'s, not "Marc Dupont"\'s', () => {
    const quotes = quotesOf(
      [
        'Leeds Rhinos director of rugby Jean-Marc Dupont has reopened the club-versus-country debate.',
        'Leeds host Wigan in the cup on Friday, but the Frenchman has endured a difficult week with six players away on international duty. "It is an important game but we have had just one full session," he told BBC Sport.',
      ].join(' '),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jean-Marc Dupont']);
  });
});

describe('findQuotes: speakers on a news page (the extraction benchmark)', () => {
  it('GIVEN a speaker named with a middle initial ("Sonya A. Zoghlin, Carlineo’s attorney, told …") THEN "she said" is hers, not the congresswoman named before', () => {
    const quotes = quotesOf(
      'A man pleaded guilty to threatening Rep. Ilhan Omar. Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to cause harm to Omar. “Pat Carlineo is passionate about his political beliefs,” she said in an email.',
    );
    expect(quotes.find((q) => /passionate/.test(q.text))?.speaker).toBe('Sonya A. Zoghlin');
  });

  it('GIVEN "Deputy Director of Public Prosecution Eva-Marie Persson" before "Ms Persson said: …" THEN the speaker is Eva-Marie Persson, without the body\'s word', () => {
    const quotes = quotesOf(
      'Sweden has dropped its investigation into Julian Assange. Deputy Director of Public Prosecution Eva-Marie Persson took the decision on Tuesday, the Swedish Prosecution Authority said. Ms Persson said: "I would like to emphasise that the injured party has submitted a credible and reliable version of events."',
    );
    expect(quotes.find((q) => /emphasise/.test(q.text))?.speaker).toBe('Eva-Marie Persson');
  });

  it('GIVEN \'"…," said U.S. Attorney Nealy Cox.\' THEN the speaker is Nealy Cox, not "U.S" (a stop after an initial ends no sentence)', () => {
    const quotes = quotesOf(
      'A man was sentenced to life in prison on Monday. "We believe that justice has been served in this case. And we are thankful for the decision," said U.S. Attorney Nealy Cox.',
    );
    expect(quotes.find((q) => /justice has been served/.test(q.text))?.speaker).toBe('Nealy Cox');
  });

  it('GIVEN \'"… the little deal" announced in October, said Derek Scissors\' THEN the month is no speaker', () => {
    const quotes = quotesOf(
      'Trump has decided that rolling back tariffs requires deeper concessions from China. "The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October, said Derek Scissors, a China scholar.',
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('October');
  });

  it('GIVEN "Omar is one of the first two Muslim women elected to Congress." before "… recalled that he said, \'I\'ll put a bullet in her skull\'" THEN the threat is not given to her', () => {
    const quotes = quotesOf(
      [
        'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, prosecutors said.',
        'During the call, he asked about the Muslim Brotherhood and called Omar a terrorist, the prosecutor’s office said.',
        'Omar is one of the first two Muslim women elected to Congress.',
        'The staff member who reported the call recalled that he said, "I\'ll put a bullet in her skull," the U.S. attorney\'s office said.',
      ].join(' '),
    );
    expect(quotes.find((q) => /bullet/.test(q.text))?.speaker).not.toBe('Ilhan Omar');
  });
});

describe('findQuotes: an interview printed as questions and answers', () => {
  const interview = (intro: string) =>
    prepareArticle(
      [
        intro,
        '',
        'Q: Why pick on the microwave?',
        'A: "Because it has taught a whole generation that food is something you reheat, not something you make. I\'m not against convenience."',
        '',
        'Q: What did winning the award change?',
        'A: Bookings went up by about a third overnight. My mother finally stopped asking when I would get a proper job.',
        '',
        'Q: Who is on your kitchen playlist?',
        'A: Bob Dylan, Joni Mitchell and Nina Simone.',
        '',
        'Her book is published on Thursday.',
      ].join('\n'),
    ).sentences;

  it('GIVEN "Q: …" and "A: …" after an introduction that names the interviewee THEN each answer, quoted or not and over its sentences, is theirs; a list with no verb answers a question and is no quote', () => {
    const quotes = findQuotes(
      interview(
        'Marta Kowalczyk runs three restaurants in Glasgow and last month won the Scottish Chef of the Year award. We asked her about her new book.',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      [
        'Marta Kowalczyk',
        "Because it has taught a whole generation that food is something you reheat, not something you make. I'm not against convenience.",
      ],
      [
        'Marta Kowalczyk',
        'Bookings went up by about a third overnight. My mother finally stopped asking when I would get a proper job.',
      ],
    ]);
  });

  it("GIVEN the same answers after an introduction that names no one THEN they are no one's quotes", () => {
    const quotes = findQuotes(
      interview(
        'The chef who runs three restaurants in Glasgow won the award last month. We asked her about her new book.',
      ),
    );
    expect(quotes).toEqual([]);
  });
});

describe('findQuotes: a word that pairs two people is no part of a role', () => {
  it('GIVEN "Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott have welcomed …" THEN Ms Jowell\'s quote gives her role as Culture Secretary', () => {
    const quotes = quotesOf(
      'Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott have welcomed his return. "We are all very pleased about that," Ms Jowell told Sky News.',
    );
    expect(quotes).toContainEqual({
      speaker: 'Tessa Jowell',
      role: 'Culture Secretary',
      text: 'We are all very pleased about that.',
    });
  });
});

describe('findQuotes: when a quotation was said is no role', () => {
  it('GIVEN "Last week Lord Goldsmith said in a statement: …" THEN Lord Goldsmith speaks with no role (not "Last week")', () => {
    const quotes = quotesOf(
      'The attorney general has again denied being leant on by Downing Street. Last week Lord Goldsmith said in a statement: "I was fully involved throughout the drafting process."',
    );
    expect(quotes).toEqual([
      {
        speaker: 'Lord Goldsmith',
        role: undefined,
        text: 'I was fully involved throughout the drafting process.',
      },
    ]);
  });

  it('GIVEN "Earlier this month chief executive Tom Harris said: …" THEN the time goes and the office stays as his role', () => {
    const quotes = quotesOf(
      'The carmaker has ruled out job cuts at its Luton factory. Earlier this month chief executive Tom Harris said: "We will not close the plant."',
    );
    expect(quotes).toEqual([
      { speaker: 'Tom Harris', role: 'chief executive', text: 'We will not close the plant.' },
    ]);
  });
});

describe("findQuotes: a title's stop before a name ends no sentence", () => {
  it('GIVEN \'"…," said Rep. Brian Babin (R-TX), ranking member …\' THEN Brian Babin speaks (not "Rep")', () => {
    const quotes = quotesOf(
      'NASA has been criticised over its big rocket. “Every study conducted over the last 40 years indicated that the best architectures require a heavy-lift launch vehicle,” said Rep. Brian Babin (R-TX), ranking member of the space subcommittee, during a hearing last week.',
    );
    expect(quotes).toEqual([
      {
        speaker: 'Brian Babin',
        role: 'Rep.',
        text: 'Every study conducted over the last 40 years indicated that the best architectures require a heavy-lift launch vehicle.',
      },
    ]);
  });

  it('GIVEN \'"…," Dr. Luz Contreras Arroyo, a member of the group, told NBC News.\' THEN she speaks', () => {
    const quotes = quotesOf(
      'Doctors have asked to vaccinate migrants held at the border. "This is how epidemics begin," Dr. Luz Contreras Arroyo, a member of the group, told NBC News.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Luz Contreras Arroyo']);
  });
});

describe('findQuotes: a quotation that ends on one inside it ends its sentence', () => {
  it("GIVEN a quotation ending '… 'What have they got to hide?'\"' and narration after it THEN the quotation is the speaker's the sentence before names", () => {
    const quotes = quotesOf(
      'But Tory co-chairman Liam Fox said Labour\'s plans showed Mr Blair was "terrified of facing proper scrutiny". "At a time when the British people are looking for more openness, this government turns its back on them - it does rather beg the question, \'What have they got to hide?\'" The general election is widely expected next May.',
    );
    expect(quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'Liam Fox',
        text: "At a time when the British people are looking for more openness, this government turns its back on them - it does rather beg the question, 'What have they got to hide?'",
      }),
    );
  });

  it("GIVEN '… I was like, \"Wow!\"' However, plastic surgeon Dr. Norman Rowe told the Post that …' THEN the quotation is not the surgeon's", () => {
    const quotes = quotesOf(
      'Jacqueline Caterina, 33, added that she has seen an improvement since starting to visit the clinic: \'After a couple of weeks I was like, "Wow!"\' However, plastic surgeon Dr. Norman Rowe told the Post that he questions the effectiveness of the treatments.',
    );
    expect(quotes.some((q) => q.speaker === 'Norman Rowe')).toBe(false);
  });
});

describe('findQuotes: the conjunction opening a clause is no part of a title', () => {
  it('GIVEN "When President Trump\'s advisers suggested …" THEN his quotes give his role as President', () => {
    const quotes = quotesOf(
      'When President Trump’s advisers suggested that Beijing resume buying farm products, Mr. Trump was not satisfied with the offer. “I like our situation very much. They want to make a deal much more than I do,” Mr. Trump said on Nov. 8.',
    );
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Trump', role: 'President' })]);
  });
});

describe("findQuotes: a body's name that lists its parts is one role", () => {
  it('GIVEN \'"…," Jim Chilton, senior vice president … at Boeing Defense, Space, and Security, said\' THEN Jim Chilton speaks (not "Security"), with the whole name of his division in his role', () => {
    const quotes = quotesOf(
      'Boeing has proposed a new approach for NASA. “Using the lift capability of the Space Launch System, we have developed an approach that minimizes mission complexity,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.',
    );
    expect(quotes).toEqual([
      {
        speaker: 'Jim Chilton',
        role: 'senior vice president for space and launch at Boeing Defense, Space, and Security',
        text: 'Using the lift capability of the Space Launch System, we have developed an approach that minimizes mission complexity.',
      },
    ]);
  });
});

describe('findQuotes: an office capitalised only because it opens the sentence', () => {
  it('GIVEN "Chief executive Priya Nair said" and "Committee chairman Alan Beith said" THEN their roles are in lower case; "Foreign Secretary Jack Straw" keeps his title', () => {
    const quotes = quotesOf(
      'Shares in Harbourline fell 12% on Thursday. Chief executive Priya Nair said: "We have chosen to invest in lower prices this year." Committee chairman Alan Beith said: "Far too many cases are being dealt with by the courts." Foreign Secretary Jack Straw said: "We have a veto on any changes in this area."',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Priya Nair', 'chief executive'],
      ['Alan Beith', 'committee chairman'],
      ['Jack Straw', 'Foreign Secretary'],
    ]);
  });
});

describe('findQuotes: a clause fronted before the subject names where or when, not who', () => {
  it('GIVEN "As he arrived at Spain\'s High Court earlier on Wednesday, Mr Botin greeted the waiting media, saying: …" THEN Mr Botin speaks, not the court', () => {
    const quotes = quotesOf(
      'Santander chairman Emilio Botin has been charged over payments to two former executives. As he arrived at Spain\'s High Court earlier on Wednesday, Mr Botin greeted the waiting media, saying: "I have full faith in justice."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Emilio Botin']);
  });
});

describe('findQuotes: a quantifier before a name is no part of it', () => {
  it('GIVEN \'"…," Citigroup said.\' and later "Some Citigroup operations … came under criticism" THEN Citigroup speaks (not "Some Citigroup")', () => {
    const quotes = quotesOf(
      'Traders at Citigroup face a criminal investigation. "We are disappointed that the BaFin has referred the question to the prosecutor," Citigroup said. Some Citigroup operations elsewhere in the world came under regulatory criticism in 2004.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Citigroup']);
  });
});

describe('findQuotes: words said by people the text names only by a common noun', () => {
  it('GIVEN \'"We got her, we got her!" officers announced on their radios. "He is in custody; we have her."\' THEN the second quotation is not given to the kidnapper named before', () => {
    const quotes = quotesOf(
      'Michael Webb was sentenced to life in prison for the kidnapping. Officers found the girl in a hotel room. "We got her, we got her!" officers announced on their radios. "He is in custody; we have her."',
    );
    expect(quotes.some((q) => q.speaker === 'Michael Webb')).toBe(false);
  });

  it('GIVEN \'"Women\'s tennis is really strong," she said, dismissing suggestions that … "All I can say is I\'m that damn good."\' THEN the second quotation is still hers', () => {
    const quotes = quotesOf(
      'Martina Navratilova will play doubles events in 2005. "Women\'s tennis is really strong," she said, dismissing suggestions that the fact she could still win reflected badly on the game. "All I can say is I\'m that damn good. I\'m still that good."',
    );
    expect(quotes.map((q) => q.speaker)).toContain('Martina Navratilova');
  });
});

describe("findQuotes: a body's role, a comma, then the name", () => {
  it.each([
    [
      '"Our mission was always to provide the best internet experience for everyone," said Opera spokeswoman, Berit Hanson.',
      'Berit Hanson',
      'Opera spokeswoman',
    ],
    [
      '"There are no technical or economic reasons for not providing equal access," said RNID technology director, Guido Gybels.',
      'Guido Gybels',
      'RNID technology director',
    ],
  ])('GIVEN %j THEN %s speaks, as %s', (text, speaker, role) => {
    expect(quotesOf(`The service is being piloted this year. ${text}`)).toEqual([
      expect.objectContaining({ speaker, role }),
    ]);
  });
});

describe('findQuotes: "he" after a sentence whose subject is someone named by what they were', () => {
  it('GIVEN "Club director Terry Brady held talks with Strachan. The former Scotland international added that … \'…,\' he said." THEN Strachan speaks, not the director', () => {
    const quotes = quotesOf(
      "Former Southampton manager Gordon Strachan has rejected the chance to become Portsmouth's new boss. \"I think it's a fantastic job for anybody apart from somebody who has just been the Southampton manager,\" Strachan told the BBC. Club director Terry Brady held initial talks with Strachan on Saturday. The former Scotland international added that joining Southampton's local rivals would not be a wise move. \"It's got everything going for it but I've got too many memories of the other side,\" he said.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Gordon Strachan', 'Gordon Strachan']);
  });
});

describe('findQuotes: a quotation left open does not run past a video pointer', () => {
  it("GIVEN \"He explained: 'We have slashed his odds … to be their second baby's name.' Scroll down for video The new prince or princess will be fourth in line …\" THEN the quotation stops before the pointer", () => {
    const quotes = quotesOf(
      "Simon Clare, from bookmakers Coral, confirmed they had cut their odds. He explained: 'We have slashed his odds from 66/1 to 40/1 'Given how close the Duchess is to him we are also seeing money for Sam at 150/1.' Scroll down for video The new prince or princess will be fourth in line to the throne. The baby will be the Queen's fifth great-grandchild.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('Simon Clare');
    expect(quotes[0]?.text).not.toContain('fourth in line');
  });
});

describe('findQuotes: web copy punctuated loosely', () => {
  it('GIVEN \'Rob Goldman, President Ascom North America, says: "…"\' THEN Rob Goldman speaks, with the title and its body as his role', () => {
    expect(
      quotesOf(
        'Ascom has launched a new alarm system. Rob Goldman, President Ascom North America, says: "By collaborating with Dräger, Ascom can help hospitals enhance their alarm management."',
      ),
    ).toEqual([
      expect.objectContaining({ speaker: 'Rob Goldman', role: 'President Ascom North America' }),
    ]);
  });

  it("GIVEN '“We’ve never had demand that we saw that day, and continue to see ” Mayer said.' THEN the curly mark after the space closes the quotation, and Mayer's words hold no 'Mayer said'", () => {
    const quotes = quotesOf(
      'Disney said demand for its new service was overwhelming. “We’ve never had demand that we saw that day, and continue to see ” Mayer said. The service has 10 million users.',
    );
    expect(quotes).toEqual([
      expect.objectContaining({
        speaker: 'Mayer',
        text: 'We’ve never had demand that we saw that day, and continue to see.',
      }),
    ]);
  });

  it("GIVEN '… a quotation inside it ends it with a comma,’ ” Hege said.' THEN the comma before the inner mark is the quotation's stop", () => {
    const quotes = quotesOf(
      'Michelle Hege runs an advertising firm. “I guess my first reaction was, ‘Oh no, they are going to get a lot of attention,’ ” Hege said.',
    );
    expect(quotes[0]?.text).toBe(
      'I guess my first reaction was, ‘Oh no, they are going to get a lot of attention.’',
    );
  });

  it('GIVEN a father always named "Frank Dorsey" and his son "Neil Dorsey, 37," then called "Dorsey" THEN every bare "Dorsey" quote is the son\'s, even after the father speaks', () => {
    const quotes = quotesOf(
      'The last time Frank Dorsey spoke with his son, Neil Dorsey was fishing off the coast. ' +
        'Neil Dorsey, 37, took his boat out in January and was found on Thursday. ' +
        '"I was grateful to the people who rescued me," Dorsey told reporters. ' +
        'Frank Dorsey said he had never lost hope. "He is strong," Frank Dorsey said. ' +
        'The boat had capsized in a storm. ' +
        '"Everything I owned got broken," Dorsey said. "It took so long," he said.',
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Neil Dorsey', 'I was grateful to the people who rescued me.'],
      ['Frank Dorsey', 'He is strong.'],
      ['Neil Dorsey', 'Everything I owned got broken.'],
      ['Neil Dorsey', 'It took so long.'],
    ]);
  });

  it('GIVEN "Tony Blair" and "Sir Ian Blair" THEN "Mr Blair" is not given to whoever a bare "Blair" is', () => {
    const quotes = quotesOf(
      'Sir Ian Blair said terror groups were active. Tony Blair defended his proposals. ' +
        'But Mr Blair insisted: "There is no greater civil liberty than to live free from attack."',
    );
    expect(quotes[0]?.speaker).toBe('Tony Blair');
  });

  it('GIVEN "Kemp posted a text he had with Rose in which she told him; \'…\' She then wrote; \'…\'" THEN neither message is Kemp\'s: the sentence calls him "he", so "she" is someone else', () => {
    const quotes = quotesOf(
      "'Rose said the children were out of the house,' Uncle Kemp told the Enquirer. " +
        "Later, Kemp posted a text exchange he had with Rose in which she reportedly told him; 'You have started some lies about me.' " +
        "She then reportedly wrote; 'That is my past and I am done with it.' Rose did not respond.",
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Uncle Kemp', 'Rose said the children were out of the house.'],
    ]);
  });

  it('GIVEN "Ronaldo had earlier told the Daily Record: \'…\'" THEN Ronaldo speaks ("earlier" between the helper and the verb)', () => {
    const quotes = quotesOf(
      'The midfielder wants talks with the club. Ronaldo had earlier told the Daily Record: "The manager has had a lot of chances to put me in his team."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ronaldo']);
  });

  it('GIVEN "The attacking midfielder also claims he has not had the backing of boss Martin Oates. \'…,\' he continued." THEN the midfielder named before speaks, not the boss', () => {
    const quotes = quotesOf(
      'Ronaldo had earlier told the Daily Record: "The manager has had a lot of chances to put me in his team." ' +
        'The attacking midfielder also claims he has not had the backing of boss Martin Oates since his move. ' +
        '"I cannot understand why I am in this situation," he continued.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ronaldo', 'Ronaldo']);
  });

  it('GIVEN "Mr Hockney meanwhile told the BBC: \'…\'" THEN Damian Hockney speaks ("meanwhile" between the name and the verb)', () => {
    const quotes = quotesOf(
      'Damian Hockney has joined the new party. A spokesman called on Mr Hockney to quit. Mr Hockney meanwhile told the BBC: "I believe that he can deliver better as a leader."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Damian Hockney']);
  });

  it("GIVEN a caption \"Rojo's wife, Eva Lusa (pictured with Rojo last month) is a model\" run into the text before \"'…,' she said.. '…' '…'\" THEN none of the three quotations is given to the woman the caption names, nor to anyone", () => {
    const quotes = quotesOf(
      'Sarah Watson had a brief liaison with the defender. She was depicted in court as a blackmailer. ' +
        "Rojo's wife, Eva Lusa (pictured with Rojo last month) is a lingerie model And it was on this basis that the lawyers obtained an order preventing her from speaking out. " +
        '‘People who look after Marcos claimed I had demanded money to keep quiet,’ she said.. ‘But it was a lie and they knew it.’ ‘I did not set out to do a kiss and tell, but the chance was very tempting.’',
    );
    // (Who "she" is the sentence before cannot say: no speaker beats a wrong one.)
    expect(quotes.map((q) => q.speaker)).toEqual([]);
  });

  it('GIVEN "Archbishop Desmond Tutu" and later "The archbishop added: \'…\'" THEN Desmond Tutu speaks, with his title as his role', () => {
    const quotes = quotesOf(
      'Archbishop Desmond Tutu has called for the release of the inmates. The men were freed on Tuesday. The archbishop added: "What is happening to those left behind?"',
    );
    expect(quotes).toEqual([
      expect.objectContaining({ speaker: 'Desmond Tutu', role: 'Archbishop' }),
    ]);
  });

  it.each([
    [
      'French President Jacques Chirac called for unity. President Bush was re-elected. The French president told reporters: "Europe today has more than ever the need to reinforce itself."',
      'Jacques Chirac',
    ],
    // (Not the deputy: "the prime minister" is not "Deputy Prime Minister John Prescott".)
    [
      'At a dinner hosted by Deputy Prime Minister John Prescott, former welfare minister Frank Field spoke. "We do not do deals over jobs like this," the prime minister told the BBC.',
      'the prime minister',
    ],
  ])(
    "GIVEN %s THEN %s speaks (an office described by a word the holder's role shares)",
    (text, speaker) => {
      expect(quotesOf(text)[0]?.speaker).toBe(speaker);
    },
  );

  it('GIVEN a quotation reopened at a paragraph and never closed, then "But Benitez could … should Morientes be reluctant …" THEN the quotation ends before the sentence that names its speaker', () => {
    const quotes = quotesOf(
      'Liverpool have bid for the striker Fernando Morientes.\n\nOn Tuesday, Morientes had said: "I like Liverpool and I am pleased that a club of their stature want to buy me.\n\n"I have not spoken to Rafa Benitez but I would like to play for him. But Benitez could yet turn to the younger Anelka should Morientes be reluctant to pledge his future. Anelka played at Anfield.',
    );
    expect(quotes).toEqual([
      expect.objectContaining({
        speaker: 'Fernando Morientes',
        text: 'I like Liverpool and I am pleased that a club of their stature want to buy me. I have not spoken to Rafa Benitez but I would like to play for him.',
      }),
    ]);
  });

  it('GIVEN \'For the Lib Dems David Laws said: "…," he said.\' right after another speaker THEN David Laws speaks (the name before the colon is whom "he" means)', () => {
    const quotes = quotesOf(
      'But former advisor Ed Balls said there would be a difference in investment. He added: "I do not accept there is any need for any changes to the plans." For the Lib Dems David Laws said: "The chancellor will no doubt tell us today how wonderfully the economy is doing," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ed Balls', 'David Laws']);
  });
});

describe('how someone spoke is no role, and a description reads as one', () => {
  it('GIVEN \'"I\'m so happy," a tearful Claxton told BBC Sport.\' THEN the speaker is Claxton, with no role "tearful"', () => {
    const q = quotesOf(
      'Sarah Claxton was on record-breaking form in the hurdles. "I\'m so happy," a tearful Claxton told BBC Sport. "All the years I\'ve been running and I\'m getting recognition."',
    );
    expect(q[0]?.speaker).toBe('Sarah Claxton');
    expect(q[0]?.role ?? '').not.toMatch(/tearful/);
  });

  it('GIVEN "A UKIP spokesman said: …" THEN the summary shows the quotation\'s speaker as "a UKIP spokesman"', () => {
    const r = summarize(
      {
        text: [
          'A prospective candidate for the UK Independence Party has resigned after admitting a brief attachment to the British National Party.',
          'A UKIP spokesman said: "He did once attend a meeting. He did not like what he saw and will take no further part in it."',
          'The candidate had been selected to fight a coastal seat at the general election.',
        ].join('\n\n'),
      },
      { points: 3 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.quotes.map((x) => x.speaker)).toContain('a UKIP spokesman');
  });
});

describe('a role the lexicon does not know is still a role', () => {
  it('GIVEN "said medic John Smith" THEN "medic" is his role, not how he spoke', () => {
    expect(attributionAfter(' said medic John Smith.')).toMatchObject({
      ref: 'John Smith',
      role: 'medic',
    });
    expect(attributionAfter(' a tearful Claxton told BBC Sport.')?.role).toBeUndefined();
  });
});

describe('a description that opens on "The" reads as one mid-line', () => {
  it('GIVEN "The researchers warned: …" THEN the speaker is shown as "the researchers"', () => {
    const speakers = (text: string) => {
      const r = summarize({ text }, { points: 3 });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.quotes.map((x) => x.speaker);
    };
    const story = (who: string) =>
      [
        'A new species of monkey has been discovered in the remote highland forests of south-east Tibet.',
        `${who} warned: "The new species is threatened by illegal hunting and the construction of dams in the valley."`,
        'Camera traps set up by the team recorded the animals over two years.',
      ].join('\n\n');
    expect(speakers(story('The researchers'))).toContain('the researchers');
  });
});

describe('words about what "he" did to the speaker are not his', () => {
  it('GIVEN a sentence about a man, then \'"He asked me how much it would cost …"\' THEN the quotation is not his', () => {
    const q = quotesOf(
      [
        'Anna Berg met the footballer at a party in a city bar.',
        "When they arrived at the flat, a friend of the player's - named in court as Karl Weiss - made a shocking proposition.",
        '"He asked me how much it would cost for me to spend the night with him. I told him that I was not for sale."',
        'The court heard the case on Tuesday.',
      ].join(' '),
    );
    expect(q.some((x) => x.speaker === 'Karl Weiss')).toBe(false);
  });

  // (The story whose words showed it: this shape of quotation is found only in its whole text.)
  const cnn = defaultDataPath('cnndm-validation.jsonl');
  it.skipIf(!existsSync(cnn))(
    "GIVEN cnn/041 (../shared/eval) THEN neither of the woman's quotations is given to the friend her words speak of",
    () => {
      const r = readEvalFile(cnn);
      if (!r.ok) throw new Error(r.message);
      const article = r.value[41];
      if (!article) throw new Error('cnn/041 is missing');
      const speakers = quotesOf(article.text).map((x) => x.speaker);
      expect(speakers).toContain('Sarah Watson');
      expect(speakers).not.toContain('Kristian Bereit');
    },
  );
});
