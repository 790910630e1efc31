import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { entitiesBaselineStage } from '../../src/nlp/stages/entities-baseline.js';
import { resolveBaselineStage } from '../../src/nlp/stages/resolve-baseline.js';
import { relationsBaselineStage } from '../../src/nlp/stages/relations-baseline.js';
import { quotesBaselineStage } from '../../src/nlp/stages/quotes-baseline.js';
import { toSpecJson } from '../../src/nlp/serialize.js';

// The baseline entity, resolution, relation and quote stages on hand-written sentences. Names are
// invented or public figures in invented sentences.

const pipeline = createPipeline([tokenizeStage, entitiesBaselineStage, resolveBaselineStage, relationsBaselineStage, quotesBaselineStage]);
const run = (text: string): Doc => pipeline.run(createDoc(text));
const mentionsOf = (text: string) => run(text).mentions!.map((m) => [text.slice(m.start, m.end), m.type]);

describe('entities-baseline', () => {
  it.each([
    ['a title splits organisation and person', 'OpenAI CEO Sam Altman spoke with President Donald Trump.', [['OpenAI', 'ORG'], ['Sam Altman', 'PERSON'], ['Donald Trump', 'PERSON']]],
    ['a name after a title is a person, and so is its later use', 'President Trump spoke. Trump\'s plan was new.', [['Trump', 'PERSON'], ['Trump', 'PERSON']]],
    ['sentence-initial common words and "The" are dropped', 'The company is based in Texas and banks with Bank of America.', [['Texas', 'GPE'], ['Bank of America', 'ORG']]],
    ['the head of a hyphenated place adjective', 'The Austin-based Tesla grew.', [['Austin', 'GPE'], ['Tesla', 'ORG']]],
    ['honorifics and party tags are not names', 'Sen. Mildred Tarrant (R-N.C.) sold stock.', [['Mildred Tarrant', 'PERSON']]],
    ['an institution with "and" in its name', 'The Securities and Exchange Commission sued.', [['Securities and Exchange Commission', 'ORG']]],
    ['two names joined by "and" stay two', 'Oracle and OpenAI signed a deal.', [['Oracle', 'ORG'], ['OpenAI', 'ORG']]],
    ['place and region heads', 'Officials in Silicon Valley briefed the House Intelligence Committee.', [['Silicon Valley', 'LOC'], ['House Intelligence Committee', 'ORG']]],
    ['groups and nationalities are not entities', 'Democrats and Americans cheered the Chinese.', []],
    ['"of STATE" after a lawmaker', 'Lena Corwick of Vermont spoke.', [['Lena Corwick', 'PERSON'], ['Vermont', 'GPE']]],
    ['a title-case headline is skipped', 'Trump Attacks Agency School Reopening Guidelines Again', []],
    ['a stock ticker in market copy', 'Shares of Corvid Resources Inc. CVRD, +4.12% rose.', [['Corvid Resources Inc.', 'ORG']]],
    ['an acronym is an organisation', 'The FBI opened a case.', [['FBI', 'ORG']]],
    ['a dateline in capitals', 'WASHINGTON (Reuters) - The vote failed.', [['WASHINGTON', 'GPE'], ['Reuters', 'ORG']]],
  ])('%s', (_name, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('resolve-baseline', () => {
  const entitiesOf = (text: string) => {
    const json = toSpecJson(run(text));
    return json.entities.map((e) => [e.name, e.type, e.aliases]);
  };

  it.each([
    ['surname to full name', 'Sam Altman spoke. Altman left.', [['Sam Altman', 'PERSON', ['Altman']]]],
    ['acronym to full name', 'The Federal Trade Commission acted. Later the FTC fined it.', [['Federal Trade Commission', 'ORG', ['FTC']]]],
    ['case variants', 'Softbank said yes. SoftBank paid.', [['Softbank', 'ORG', ['SoftBank']]]],
    ['country aliases, fullest name', 'It grew in the U.S. and across the United States.', [['United States', 'GPE', ['U.S.']]]],
    ['first word of an organisation', 'Harborlight Robotics grew. Harborlight hired.', [['Harborlight Robotics', 'ORG', ['Harborlight']]]],
  ])('%s', (_name, text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  it('leaves an ambiguous surname alone', () => {
    const names = entitiesOf('Ann Lee met Bo Lee. Lee left.').map((e) => e[0]);
    expect(names).toEqual(['Ann Lee', 'Bo Lee', 'Lee']);
  });
});

describe('relations-baseline', () => {
  const positionsOf = (text: string) => {
    const json = toSpecJson(run(text));
    const name = (id: string | null) => json.entities.find((e) => e.id === id)?.name;
    return json.relations.map((r) => [r.type, name(r.subject), name(r.object), r.role]);
  };

  it.each([
    ['ORG TITLE PERSON', 'OpenAI CEO Sam Altman spoke.', [['position', 'Sam Altman', 'OpenAI', 'CEO']]],
    ['possessive organisation', "Harborlight's chief executive Dana Whitcombe spoke.", [['position', 'Dana Whitcombe', 'Harborlight', 'CEO']]],
    ['appositive TITLE of ORG', 'Dana Whitcombe, chief executive of Harborlight, spoke.', [['position', 'Dana Whitcombe', 'Harborlight', 'CEO']]],
    ['appositive with an article and filler words', 'Ann Dale, a law professor at Glenmoor University, spoke.', [['position', 'Ann Dale', 'Glenmoor University', 'professor']]],
    ["appositive ORG's TITLE", "Elon Musk, Tesla's CEO, wrote.", [['position', 'Elon Musk', 'Tesla', 'CEO']]],
    ['a title with no organisation gives no relation', 'Sen. Mildred Tarrant spoke.', []],
    ['names side by side give none', 'Microsoft and Sam Altman met.', []],
  ])('%s', (_name, text, expected) => {
    expect(positionsOf(text)).toEqual(expected);
  });

  it('gives the person the roles seen with it', () => {
    const json = toSpecJson(run('Sen. Mildred Tarrant spoke. OpenAI CEO Sam Altman agreed.'));
    expect(json.entities.map((e) => [e.name, e.roles])).toEqual([
      ['Mildred Tarrant', ['senator']], ['OpenAI', []], ['Sam Altman', ['CEO']],
    ]);
  });
});

describe('quotes-baseline', () => {
  const quotesOf = (text: string) => {
    const json = toSpecJson(run(text));
    const name = (id: string | null) => json.entities.find((e) => e.id === id)?.name ?? null;
    return json.quotes.map((q) => [q.text, name(q.speaker), q.speaker_mention?.text ?? null, q.cue]);
  };

  it.each([
    ['speaker after the quote', '"We will build it here," Sam Altman said.', [['We will build it here', 'Sam Altman', 'Sam Altman', 'said']]],
    ['speaker before, curly marks', 'Elon Musk wrote: “They do not have the money.”', [['They do not have the money.', 'Elon Musk', 'Elon Musk', 'wrote']]],
    ['verb before the speaker', '"The deal is off," said Elon Musk.', [['The deal is off', 'Elon Musk', 'Elon Musk', 'said']]],
    ['a pronoun resolved to the last person', 'Sam Altman smiled. "It is done," he said.', [['It is done', 'Sam Altman', 'he', 'said']]],
    ['fragments around one cue are one quote', '“First part,” Sam Altman said, “and the second part.”', [['First part ... and the second part.', 'Sam Altman', 'Sam Altman', 'said']]],
    ['"the company" stands for the last organisation', 'Oracle grew. "Demand is strong," the company said.', [['Demand is strong', 'Oracle', 'the company', 'said']]],
    ['a participle takes the subject of the sentence', 'Elon Musk mocked the plan, dubbed Stargate, writing that "they lack the money."', [['they lack the money.', 'Elon Musk', 'Elon Musk', 'writing']]],
    ['a scare quote with no speech verb is no quote', 'He called the inquiry a "witch hunt" again.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
