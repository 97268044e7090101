/** Service profiles: several items listed about one service, asked together. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

const questions = (note: string) => extract(note, 'profiles.md', catalog).questions;
const profiles = (note: string) => questions(note).filter((q) => q.stem.includes('matches all of these descriptions'));

const athena = [
  '# Data & Analytics',
  '',
  '* **Amazon Athena**',
  '    * uses SQL queries built on Presto',
  '    * supports CSV, JSON, ORC, Avro and Parquet files',
  '    * can store results of a query in an S3 bucket',
  '    * pay per TB of data scanned',
  '',
].join('\n');

describe('a service profile', () => {
  it('asks which service matches the items, with other analytics services as wrong options', () => {
    const [q] = profiles(athena);
    expect(q).toBeDefined();
    expect(answersOf(q)).toEqual(['Amazon Athena']);
    expect(q.options).toHaveLength(4);
    expect(q.stem).toMatch(/^In the context of Data & Analytics, which AWS service matches all of these descriptions: "/);
    // The items with specific details are shown (Presto, file formats), at most three of them.
    expect(q.stem).toContain('Presto');
    expect(q.stem).toContain('Parquet');
    expect(q.stem.split('"; "')).toHaveLength(3);
    expect(q.score).toBeGreaterThanOrEqual(0.6);
  });

  it('cites the lines of the items it shows', () => {
    const [q] = profiles(athena);
    expect(q.source.line).toBe(4);
    expect(q.source.endLine).toBeGreaterThanOrEqual(5);
    expect(q.explanation).toMatch(/^Amazon Athena: /);
  });

  it('never offers a service the items name ("in an S3 bucket" keeps Amazon S3 out)', () => {
    const [q] = profiles(athena);
    expect(q.options).not.toContain('Amazon S3');
  });

  it('leaves out items that name the service, and needs two items left', () => {
    const note = '# Analytics\n\n* **Amazon Athena**\n    * Athena uses SQL built on Presto\n    * query results of Athena land in S3\n    * supports CSV, JSON and Parquet files\n';
    expect(profiles(note)).toHaveLength(0);
  });

  it('is not made from a list of generic items with nothing specific', () => {
    const note = '# Compute\n\n* **AWS Lambda**\n    * no servers to manage\n    * runs on demand when needed\n    * scales automatically with load\n';
    expect(profiles(note)).toHaveLength(0);
  });

  it('is not made for a service nested under another lead-in (a destination, a share of responsibility)', () => {
    const note = [
      '# Shared Responsibility',
      '',
      '* **Customer Responsibility**',
      '    * **Amazon S3**',
      '        * bucket policies and public settings',
      '        * data encryption at rest and in transit with KMS',
      '        * IAM users and roles',
      '',
    ].join('\n');
    expect(profiles(note)).toHaveLength(0);
  });

  it('skips items about another named thing ("KPL can ...", "Amazon S3 used to ...", "X means ...")', () => {
    const note = [
      '# IAM',
      '',
      '* **AWS IAM**',
      '    * Amazon S3 used to store the credential reports as CSV files',
      '    * KPL can do data aggregation while KCL can do deaggregation',
      '    * Least privilege principle means you grant only the permissions needed',
      '    * supports PCI DSS compliance for your account',
      '',
    ].join('\n');
    expect(profiles(note).map((q) => q.stem)).toEqual([]);
  });

  it('shares one fingerprint across notes that profile the same service', () => {
    const other = athena.replace('pay per TB of data scanned', 'serverless, queries data in place with ANSI SQL');
    const a = profiles(athena)[0];
    const b = extract(other, 'other.md', catalog).questions.find((q) => q.stem.includes('matches all of these'));
    expect(b).toBeDefined();
    expect(b!.fingerprint).toBe(a.fingerprint);
  });

});

describe('a profile of one of several things the note describes side by side', () => {
  const features = [
    '# DynamoDB features',
    '',
    '* **Time To Live**',
    '    * expired items are deleted within a few days of their timestamp',
    '    * the attribute holds an epoch time in seconds',
    '    * deletes cost no write capacity',
    '* **Streams**',
    '    * an ordered log of item changes kept for 24 hours',
    '    * old and new images of an item can be captured',
    '    * can invoke a Lambda function for every batch',
    '* **Transactions**',
    '    * all-or-nothing writes across several tables',
    '    * cost two reads or two writes per item',
    '    * up to 100 actions in one request',
    '* **Global Tables**',
    '    * multi-region, multi-active replication of a table',
    '    * needs streams enabled first',
    '    * last writer wins when two regions write one item',
    '',
  ].join('\n');

  it('offers the others as the wrong options', () => {
    const q = profiles(features).find((x) => answersOf(x)[0] === 'Streams');
    expect(q?.stem).toMatch(/hich of the following matches all of these descriptions/);
    expect([...(q?.options ?? [])].sort()).toEqual(['Global Tables', 'Streams', 'Time To Live', 'Transactions']);
  });

  it('needs three others: one thing among three is no question of four options', () => {
    const three = features.split('\n').slice(0, 15).join('\n');
    expect(profiles(three)).toHaveLength(0);
  });

  it('shows the others as their curated family spells them ("Saving Plans" as "Savings Plans")', () => {
    const buying = [
      '# EC2 purchasing options',
      '',
      '* **On-Demand Instances**',
      '    * billed by the second with no long-term commitment',
      '    * suited to short, uninterrupted and unpredictable workloads',
      '    * the highest cost of the options, with nothing paid up front',
      '* **Reserved Instances**',
      '    * a one or three year term for a specific instance type',
      '    * up to 72% discount compared to On-Demand',
      '    * can be bought and sold on the Reserved Instance Marketplace',
      '* **Saving Plans**',
      '    * commit to an amount of usage in dollars per hour',
      '    * usage beyond the commitment is billed at the On-Demand price',
      '    * flexible across instance family, size, region and operating system',
      '* **Spot Instances**',
      '    * spare capacity that can be reclaimed with two minutes of notice',
      '    * up to 90% discount compared to On-Demand',
      '    * suited to batch jobs and workloads resilient to failure',
      '',
    ].join('\n');
    const asked = profiles(buying);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options).not.toContain('Saving Plans');
    expect(asked.some((q) => q.options.includes('Savings Plans'))).toBe(true);
  });

  it('is not made of labels ("Advantages", "Disadvantages")', () => {
    const labels = features.replace('Time To Live', 'Advantages').replace('Transactions', 'Disadvantages');
    expect(profiles(features).map((x) => answersOf(x)[0])).toContain('Streams');
    expect(profiles(labels).map((x) => answersOf(x)[0])).not.toContain('Streams');
  });
});
