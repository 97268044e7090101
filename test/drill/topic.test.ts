import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/certs/data.js';
import { UsageError } from '../../src/core/errors.js';
import { drillCommand, drillName, editDistance, headingVocabulary, matchesTopic, mentions, resolveTopic, selectTopic, suggestTopics, type TopicText } from '../../src/drill/topic.js';

const catalog = loadCatalog();
const vocabulary = {
  topics: new Set(['s3', 's3-glacier', 'sqs', 'sns', 'dynamodb', 'lambda', 'route-53', 'ec2']),
  headingWords: headingVocabulary([['Differences Between AWS Database Types', 'Relational Databases'], ['Messaging', 'Queues']]),
};
const resolve = (phrase: string) => resolveTopic(phrase, catalog, vocabulary);

function q(topics: string[], stem: string, explanation = '', headings: string[] = []): TopicText {
  return { topics, stem, explanation, headings };
}

const s3Class = q(['s3'], 'Which storage class suits archives?', 'S3 Glacier Deep Archive is the cheapest storage class.');
const s3Plain = q(['s3'], 'What is the largest object size?', 'Objects up to 5 TB.');
const glacierOnly = q(['s3-glacier'], 'What locks a vault?', 'Vault Lock enforces compliance controls.');
const sqsFifo = q(['sqs'], 'Which queue keeps order?', 'FIFO queues deliver exactly once, in order.');
const sqsStd = q(['sqs'], 'What is the default visibility timeout?', '30 seconds.');
const snsFifo = q(['sns'], 'Which topic type keeps order?', 'SNS FIFO topics.');

describe('resolveTopic: catalog names', () => {
  it.each(['s3', 'S3', 'simple storage service', 'Amazon S3', 'amazon simple storage service'])('resolves %s to S3 and the services named after it', (phrase) => {
    expect(resolve(phrase).services).toEqual(['s3', 's3-glacier']);
  });

  it('takes every S3 question for "s3", including S3 Glacier ones', () => {
    const topic = resolve('s3');
    expect([s3Class, s3Plain, glacierOnly, sqsFifo].map((x) => matchesTopic(topic, x))).toEqual([true, true, true, false]);
  });

  it('reaches S3 Glacier questions and S3 questions about Glacier through "glacier"', () => {
    const topic = resolve('glacier');
    expect([s3Class, s3Plain, glacierOnly, sqsFifo].map((x) => matchesTopic(topic, x))).toEqual([true, false, true, false]);
  });

  it('falls back to the service\'s questions when no question mentions an alias', () => {
    expect(selectTopic(resolve('fifo queue'), [sqsStd, s3Plain])).toEqual([sqsStd]);
  });

  it('narrows "sqs fifo" to SQS questions that mention FIFO', () => {
    expect(selectTopic(resolve('sqs fifo'), [sqsFifo, sqsStd, snsFifo, s3Plain])).toEqual([sqsFifo]);
  });

  it('accepts the words in either order: "fifo sqs"', () => {
    expect(selectTopic(resolve('fifo sqs'), [sqsFifo, sqsStd, snsFifo])).toEqual([sqsFifo]);
  });

  it('treats an alias as the questions that mention it: "fifo queue"', () => {
    expect(selectTopic(resolve('fifo queue'), [sqsFifo, sqsStd])).toEqual([sqsFifo]);
  });

  it('resolves acronyms and ids: "ddb" and "route-53"', () => {
    expect([resolve('ddb').services, resolve('route-53').services, resolve('Route 53').services]).toEqual([['dynamodb', 'dax'], ['route-53'], ['route-53']]);
  });

  it('labels the topic with the service\'s short name and the extra words', () => {
    expect([resolve('sqs fifo').label, resolve('S3').label]).toEqual(['Amazon SQS + fifo', 'Amazon S3']);
  });
});

describe('resolveTopic: heading words', () => {
  it('resolves words found in the notes\' headings, plural or not', () => {
    expect(resolve('relational database')).toMatchObject({ kind: 'headings', headingWords: ['relational', 'database'] });
  });

  it('matches questions whose heading path holds every word', () => {
    const topic = resolve('relational databases');
    expect([
      matchesTopic(topic, q(['rds'], 'x', '', ['Differences', 'Relational Databases'])),
      matchesTopic(topic, q(['rds'], 'relational databases', '', ['Other'])),
    ]).toEqual([true, false]);
  });
});

describe('resolveTopic: unknown topics', () => {
  function error(phrase: string): UsageError {
    try {
      resolve(phrase);
    } catch (err) {
      return err as UsageError;
    }
    throw new Error(`"${phrase}" resolved`);
  }

  it('exits 2 for an unknown topic', () => {
    expect(error('xyzzy').exitCode).toBe(2);
  });

  it('suggests s3 for "s4"', () => {
    expect(error('s4').message).toMatch(/Did you mean "s3"\?/);
  });

  it('suggests dynamodb for "dynamo"', () => {
    expect(error('dynamo').message).toMatch(/Did you mean "dynamodb"\?/);
  });

  it('suggests nothing for a phrase close to no topic, and points to "awsq topics"', () => {
    expect(error('xyzzy').message).toBe('unknown topic "xyzzy": no service or note heading by that name. "awsq topics" lists the topics that have questions.');
  });

  it('refuses an empty topic', () => {
    expect(error('  ').exitCode).toBe(2);
  });

  it('suggests only topics that have questions', () => {
    expect(suggestTopics('lambda', catalog, { topics: new Set(['s3']), headingWords: new Set() })).toEqual([]);
  });
});

describe('helpers', () => {
  it('measures edit distance', () => {
    expect([editDistance('s4', 's3'), editDistance('lamda', 'lambda'), editDistance('', 'abc')]).toEqual([1, 1, 3]);
  });

  it('matches whole words only, with plurals', () => {
    expect([mentions('FIFO queues', ['fifo', 'queue']), mentions('DynamoDB', ['dynamo']), mentions('dead-letter queue', ['dead', 'letter', 'queue'])]).toEqual([true, false, true]);
  });

  it('names services by an id that resolves back, quoting names with spaces in commands', () => {
    expect([drillName(catalog, catalog.byId.get('dynamodb')!), drillName(catalog, catalog.byId.get('kinesis-data-streams')!), drillCommand('route 53')]).toEqual(['dynamodb', 'kinesis-data-streams', 'awsq drill "route 53"']);
  });
});

describe('catalog ids as topics', () => {
  it('resolves every catalog id to its own service (stats prints "awsq drill <id>")', () => {
    const wrong = catalog.services.filter((s) => !resolveTopic(s.id, catalog, vocabulary).services.includes(s.id)).map((s) => s.id);
    expect(wrong).toEqual([]);
  });
});
