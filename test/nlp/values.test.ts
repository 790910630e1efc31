import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { valuesStage } from '../../src/nlp/stages/values.js';
import { PipelineError } from '../../src/errors.js';

// Every test runs the real tokenizer and the values stage on a hand-written sentence. The
// publication date is a Wednesday, as in the flagship article.
const PUB = '2025-01-22';
const pipeline = createPipeline([tokenizeStage, valuesStage]);

function valuesOf(text: string, published: string | null = PUB) {
  const doc = pipeline.run(createDoc(text, { published }));
  return doc.values!.map((v) => {
    const span = text.slice(v.start, v.end);
    if (v.type === 'MONEY') return [v.type, span, v.value, v.currency, v.bound];
    return [v.type, span, v.value];
  });
}

describe('MONEY', () => {
  it.each([
    ['symbol and word multiplier', 'They pledged $500 billion.', [['MONEY', '$500 billion', 500e9, 'USD', 'exact']]],
    ['glued multiplier suffix', 'It has $10B in hand.', [['MONEY', '$10B', 10e9, 'USD', 'exact']]],
    ['trillion with decimals', 'A $1.2 trillion plan.', [['MONEY', '$1.2 trillion', 1.2e12, 'USD', 'exact']]],
    ['currency word after', 'It cost 80 billion dollars.', [['MONEY', '80 billion dollars', 80e9, 'USD', 'exact']]],
    ['capitalised currency word', '75 Billion Dollars were pledged.', [['MONEY', '75 Billion Dollars', 75e9, 'USD', 'exact']]],
    ['euro symbol and bn', 'A €1.8bn deal.', [['MONEY', '€1.8bn', 1.8e9, 'EUR', 'exact']]],
    ['pound symbol and m', 'A £300m fund.', [['MONEY', '£300m', 300e6, 'GBP', 'exact']]],
    ['US$ prefix', 'It sold for US$5 each.', [['MONEY', 'US$5', 5, 'USD', 'exact']]],
    ['C$ prefix', 'A C$20 million grant.', [['MONEY', 'C$20 million', 20e6, 'CAD', 'exact']]],
    ['yen symbol', 'A ¥100 billion loan.', [['MONEY', '¥100 billion', 100e9, 'JPY', 'exact']]],
    ['ISO code before', 'It raised USD 5 million.', [['MONEY', 'USD 5 million', 5e6, 'USD', 'exact']]],
    ['euros after a number', 'A fine of 5 million euros.', [['MONEY', '5 million euros', 5e6, 'EUR', 'exact']]],
    ['number words', 'It paid five million dollars.', [['MONEY', 'five million dollars', 5e6, 'USD', 'exact']]],
    ['half a billion', 'It lost half a billion dollars.', [['MONEY', 'half a billion dollars', 0.5e9, 'USD', 'exact']]],
    ['cents', 'Shares rose 50 cents.', [['MONEY', '50 cents', 0.5, 'USD', 'exact']]],
    ['per-share price glued', 'A $35-a-share offer.', [['MONEY', '$35-a-share', 35, 'USD', 'exact']]],
    ['hourly wage', 'Workers earn $15 an hour.', [['MONEY', '$15 an hour', 15, 'USD', 'exact']]],
    ['price per month', 'It costs $7 per month.', [['MONEY', '$7 per month', 7, 'USD', 'exact']]],
    ['thousands separators', 'They paid $5,000 for it.', [['MONEY', '$5,000', 5000, 'USD', 'exact']]],
  ])('%s', (_name, text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it.each([
    ['well under', 'Corvid has well under $10B in hand.', 'upper', 10e9],
    ['less than', 'It costs less than $6 per month.', 'upper', 6],
    ['as much as', 'He sold as much as $150,000 worth.', 'upper', 150e3],
    ['more than', 'An increase of more than $1 billion.', 'lower', 1e9],
    ['at least', 'It needs at least $2 million.', 'lower', 2e6],
    ['about', 'It lost about $1.5 billion.', 'approx', 1.5e9],
    ['roughly', 'It bought it for roughly $3bn.', 'approx', 3e9],
    ['nearly', 'It provided nearly $25 billion.', 'approx', 25e9],
    ['some', 'It raised some $3 billion.', 'approx', 3e9],
    ['around', 'A market of around $244 billion.', 'approx', 244e9],
  ])('bound: %s', (_name, text, bound, value) => {
    const [v] = valuesOf(text);
    expect(v).toEqual(['MONEY', expect.stringMatching(/\$/), value, 'USD', bound]);
    expect(v![1]).toMatch(new RegExp(`^${_name}`, 'i'));
  });

  it.each([
    ['billions of dollars', 'to spend billions of dollars on ships', 1e9],
    ['millions of dollars', 'it made millions of dollars', 1e6],
    ['hundreds of thousands of dollars', 'it paid hundreds of thousands of dollars', 1e5],
    ['tens of millions of euros', 'they spent tens of millions of euros', 1e7],
  ])('vague: %s', (phrase, text, value) => {
    expect(valuesOf(text)).toEqual([['MONEY', phrase, value, phrase.endsWith('euros') ? 'EUR' : 'USD', 'vague']]);
  });

  it.each([
    ['multiplier written once', 'It will cost $5 to $7 billion.', [['MONEY', '$5', 5e9, 'USD', 'lower'], ['MONEY', '$7 billion', 7e9, 'USD', 'upper']]],
    ['each end complete', 'Worth $628,000 to $1.7 million.', [['MONEY', '$628,000', 628e3, 'USD', 'lower'], ['MONEY', '$1.7 million', 1.7e6, 'USD', 'upper']]],
    ['between ... and', 'It costs between $1 billion and $2 billion.', [['MONEY', 'between $1 billion', 1e9, 'USD', 'lower'], ['MONEY', '$2 billion', 2e9, 'USD', 'upper']]],
    ['bare first end', 'A fine of 5 to 7 billion dollars.', [['MONEY', '5', 5e9, 'USD', 'lower'], ['MONEY', '7 billion dollars', 7e9, 'USD', 'upper']]],
  ])('range: %s', (_name, text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it.each([
    ['"won" the verb', 'He won 5 games in a row.'],
    ['"pounds" of weight', 'They shipped 2 million pounds of beef.'],
    ['subscriber counts with m', 'It reached 17m-18m of its subscribers.'],
    ['a lone symbol', 'The $ sign is old.'],
    ['"a dollar" without a multiplier is not read from "a"', 'a billion reasons'],
  ])('not money: %s', (_name, text) => {
    expect(valuesOf(text).filter((v) => v[0] === 'MONEY')).toEqual([]);
  });
});

describe('PERCENT', () => {
  it.each([
    ['sign', 'Growth of 3.6% a year.', [['PERCENT', '3.6%', 3.6]]],
    ['word', 'Growth of 3.6 percent.', [['PERCENT', '3.6 percent', 3.6]]],
    ['per cent', 'Some 90 per cent agreed.', [['PERCENT', 'Some 90 per cent', 90]]],
    ['inside a noun phrase', 'It suffered a 29 percent drop.', [['PERCENT', '29 percent', 29]]],
    ['number words', 'They posted gains of fourteen percent.', [['PERCENT', 'fourteen percent', 14]]],
    ['explicit plus', 'CVRD, +4.12% on the day.', [['PERCENT', '+4.12%', 4.12]]],
    ['explicit minus', 'NOC, -1.35% on the day.', [['PERCENT', '-1.35%', -1.35]]],
    ['percentage points', 'It rose 3 percentage points.', [['PERCENT', '3 percentage points', 3]]],
    ['bound words stay in the span', 'Shares were up nearly 2% at noon.', [['PERCENT', 'nearly 2%', 2]]],
    ['range', 'It cut 20 to 25 percent of jobs.', [['PERCENT', '20', 20], ['PERCENT', '25 percent', 25]]],
  ])('%s', (_name, text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it('a year before "to" is no range end', () => {
    expect(valuesOf('It rose from 2.2 percent in 1985 to 4.1 percent.')).toEqual([['PERCENT', '2.2 percent', 2.2], ['DATE', '1985', '1985'], ['PERCENT', '4.1 percent', 4.1]]);
  });

  it('a vote tally is no negative number', () => {
    expect(valuesOf('A 385-41 vote, up 5%.')).toEqual([['PERCENT', '5%', 5]]);
  });
});

describe('DATE, absolute', () => {
  it.each([
    ['month day year', 'It began on Jan. 5, 2020.', [['DATE', 'Jan. 5, 2020', '2020-01-05']]],
    ['full month name', 'Filed November 17, 2019.', [['DATE', 'November 17, 2019', '2019-11-17']]],
    ['month year', 'It opened in March 2021.', [['DATE', 'March 2021', '2021-03']]],
    ['month of year', 'In January of 2019 it grew.', [['DATE', 'January of 2019', '2019-01']]],
    ['day month year', 'It opened on 5 June 2020.', [['DATE', '5 June 2020', '2020-06-05']]],
    ['ordinal day of month', 'On January 20th of 2017, he took office.', [['DATE', 'January 20th of 2017', '2017-01-20']]],
    ['year', 'It co-founded OpenAI in 2015.', [['DATE', '2015', '2015']]],
    ['early year', 'In early 2018, Congress acted.', [['DATE', 'early 2018', '2018']]],
    ['mid-year glued', 'It launches by mid-2019.', [['DATE', 'mid-2019', '2019']]],
    ['quarter of a year', 'In the second quarter of 2020 it launches.', [['DATE', 'the second quarter of 2020', '2020']]],
    ['Q and year', 'Sales in Q2 2020 fell.', [['DATE', 'Q2 2020', '2020']]],
    ['ISO', 'Filed 2019-07-12 in court.', [['DATE', '2019-07-12', '2019-07-12']]],
    ['US numeric', 'Filed 7/12/2019 in court.', [['DATE', '7/12/2019', '2019-07-12']]],
    ['weekday before an explicit date', 'It met on Friday, Jan. 17, 2025.', [['DATE', 'Friday, Jan. 17, 2025', '2025-01-17']]],
    ['year range gives both years', 'The 2017-2018 Congress ended.', [['DATE', '2017', '2017'], ['DATE', '2018', '2018']]],
  ])('%s', (_name, text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it('resolves absolute dates without a publication date', () => {
    expect(valuesOf('It met on Friday and on Jan. 5, 2020, and in June.', null)).toEqual([['DATE', 'Jan. 5, 2020', '2020-01-05']]);
  });
});

describe('DATE, relative to a publication date (Wednesday 2025-01-22)', () => {
  it.each([
    ['weekday in past narration', 'Trump spoke with Altman on Friday.', 'Friday', '2025-01-17'],
    ['weekday that is the publication day', 'Altman responded on Wednesday morning.', 'Wednesday morning', '2025-01-22'],
    ['weekday in the future tense', 'They will meet on Friday.', 'Friday', '2025-01-24'],
    ['weekday after a schedule word', 'The hearing is scheduled for Friday.', 'Friday', '2025-01-24'],
    ['weekday after "set to"', 'Officials were set to meet on Thursday.', 'Thursday', '2025-01-23'],
    ['fronted weekday, past verb after', 'On Monday, the president signed it.', 'Monday', '2025-01-20'],
    ['last + weekday', 'It happened last Wednesday.', 'last Wednesday', '2025-01-15'],
    ['next + weekday', 'They vote next Wednesday.', 'next Wednesday', '2025-01-29'],
    ['month in past narration', 'They struck a partnership in June.', 'June', '2024-06'],
    ['month in the future tense', 'The plant will open in June.', 'June', '2025-06'],
    ['month told in the present', 'He is up for re-election in November.', 'November', '2025-11'],
    ['the current month', 'Sales fell in January.', 'January', '2025-01'],
    ['last + month', 'It closed plants last November.', 'last November', '2024-11'],
    ['mid-month glued', 'The grounding came in mid-March.', 'mid-March', '2024-03'],
    ['late + month, future', 'That could come in late January.', 'late January', '2025-01'],
    ['month day in the past', 'He sold shares on Jan. 14.', 'Jan. 14', '2025-01-14'],
    ['month day in the past, last year', 'He sold shares on June 13.', 'June 13', '2024-06-13'],
    ['a target date lies ahead', 'The airline is targeting April 7 for its return.', 'April 7', '2025-04-07'],
    ['month day after a deadline word', 'It funds the agency through Feb. 8.', 'Feb. 8', '2025-02-08'],
    ['month day without a cue: the nearer reading', 'Democrats await the Feb. 3 vote.', 'Feb. 3', '2025-02-03'],
    ['this year', 'It plans to invest this year.', 'this year', '2025'],
    ['last year', 'Profit rose last year.', 'last year', '2024'],
    ['next year', 'It opens next year.', 'next year', '2026'],
    ['earlier this year', 'He said so earlier this year.', 'earlier this year', '2025'],
    ['last month', 'He left last month.', 'last month', '2024-12'],
    ['next month', 'The vote is next month.', 'next month', '2025-02'],
    ['yesterday', 'He resigned yesterday.', 'yesterday', '2025-01-21'],
    ['today', 'The deal closes today.', 'today', '2025-01-22'],
    ['tomorrow night', 'He speaks tomorrow night.', 'tomorrow night', '2025-01-23'],
    ['last night', 'He spoke last night.', 'last night', '2025-01-21'],
    ['years ago', 'Talks failed four years ago.', 'four years ago', '2021'],
    ['digits years ago', 'It went bankrupt 10 years ago.', '10 years ago', '2015'],
    ['weeks ago', 'They were close two weeks ago.', 'two weeks ago', '2025-01-08'],
    ['last week lies in one month', 'He spoke last week.', 'last week', '2025-01'],
    ['last quarter', 'Revenue rose last quarter.', 'last quarter', '2024'],
    ['this summer', 'It opens this summer.', 'this summer', '2025'],
    ['last summer', 'It opened last summer.', 'last summer', '2024'],
  ])('%s', (_name, text, span, value) => {
    expect(valuesOf(text)).toEqual([['DATE', span, value]]);
  });

  it('a yearless date with no cue takes the nearer reading when it is much nearer', () => {
    expect(valuesOf('Democrats ponder the Nov. 6 midterm races.', '2018-09-29')).toEqual([['DATE', 'Nov. 6', '2018-11-06']]);
  });

  it('a week that straddles two months becomes the year', () => {
    // Monday 2025-03-31 .. Sunday 2025-04-06
    expect(valuesOf('It fell this week.', '2025-04-02')).toEqual([['DATE', 'this week', '2025']]);
  });

  it('a reading a year off loses to one within two months of publication (updated articles)', () => {
    expect(valuesOf('The service launched on November 12th.', '2019-11-11')).toEqual([['DATE', 'November 12th', '2019-11-12']]);
    expect(valuesOf('He can expect questions about the May 9 firing.', '2017-06-10')).toEqual([['DATE', 'May 9', '2017-05-09']]);
  });

  it('a deadline word counts only when it governs the date', () => {
    expect(valuesOf('The bill squeaked through, with 217 votes on May 4 after a deal.', '2017-05-29')).toEqual([['DATE', 'May 4', '2017-05-04']]);
  });

  it('a participle after a comma opens its own clause', () => {
    expect(valuesOf('Comey will testify, recalling a March 30 phone call.', '2017-06-07')).toEqual([['DATE', 'March 30', '2017-03-30']]);
  });

  it('a modal before "be" is no schedule', () => {
    expect(valuesOf('The memo may be behind the announcement on March 21.', '2017-05-15')).toEqual([['DATE', 'March 21', '2017-03-21']]);
  });
});

describe('not dates', () => {
  it.each([
    ['a duration', 'He served four years in office.'],
    ['an age', 'The 48-year-old chief quit.'],
    ['a time of day', 'The market opened at 10 a.m. sharp.'],
    ['a model number', 'The Skylark 420 is grounded.'],
    ['a count', 'It employs 346 people.'],
    ['a four-digit count', 'It employs 2500 people.'],
    ['a room number', 'Meet in Room 2001.'],
    ['"the past year" is a duration', 'Over the past year, sales fell.'],
    ['a holiday name', 'Black Friday sales rose.'],
    ['a habit', 'It closes every Friday.'],
    ['"May" the modal', 'May I help?'],
    ['a given name', 'April Castellan asked a question.'],
    ['a newspaper name', 'It told USA Today about it.'],
    ['a show title', 'She told CBS This Morning it was over.'],
    ['a decade (no ISO form)', 'It peaked in the 1990s.'],
    ['a plural weekday', 'It opens on Sundays.'],
  ])('%s', (_name, text) => {
    expect(valuesOf(text).filter((v) => v[0] === 'DATE')).toEqual([]);
  });
});

describe('values stage', () => {
  it('gives ids v1, v2, ... in text order, with the sentence of each value', () => {
    const doc = pipeline.run(createDoc('It cost $5 billion. In 2015, it grew 5%.', { published: PUB }));
    expect(doc.values!.map((v) => [v.id, v.type, v.sentence])).toEqual([
      ['v1', 'MONEY', 0],
      ['v2', 'DATE', 1],
      ['v3', 'PERCENT', 1],
    ]);
  });

  it('requires tokens', () => {
    expect(() => createPipeline([valuesStage, tokenizeStage])).toThrow(PipelineError);
  });
});
