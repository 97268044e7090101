import { describe, expect, it } from 'vitest';
import { askWhich } from '../../src/extract/stems.js';

describe('askWhich', () => {
  it.each([
    ['term', 'allows setting rules for requests', 'Which term allows setting rules for requests?'],
    ['term', 'is a firewall that controls traffic to a subnet', 'Which term is a firewall that controls traffic to a subnet?'],
    // A term does nothing itself: its abilities stay a quoted description.
    ['term', 'can handle greater loads by adapting', 'Which term matches this description: "can handle greater loads by adapting"?'],
    ['AWS service', 'can run code without servers', 'Which AWS service can run code without servers?'],
    // A label and its list, or a noun list read as a verb, stay quoted.
    ['term', 'can trigger: SNS, SQS and Lambda', 'Which term matches this description: "can trigger: SNS, SQS and Lambda"?'],
    ['term', 'logs aggregation, live replication between accounts', 'Which term matches this description: "logs aggregation, live replication between accounts"?'],
  ])('%s / %s', (noun, definition, expected) => {
    expect(askWhich(noun, definition, '')).toBe(expected);
  });
});
