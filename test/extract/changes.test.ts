import { describe, expect, it } from 'vitest';
import { bundledChanges, outdatedBy } from '../../src/extract/changes.js';
import { extract } from '../../src/extract/index.js';
import { catalog } from './helpers.js';

const changes = bundledChanges();
const id = (text: string, topics: string[], around = '') => outdatedBy(text, topics, changes, around)?.id;

describe('AWS facts that changed since the notes', () => {
  it.each([
    ['max 256KB per msg sent', ['sqs'], 'sqs-message-size'],
    ['Objects can be 0 Bytes to 5 TB', ['s3'], 's3-object-size'],
    ['max 5TB file', [], 's3-object-size'],
    ['This is rounded up to the nearest 100ms', ['lambda'], 'lambda-billing-granularity'],
    ['disk capacity in function container (/tmp): 512 MB', ['lambda'], 'lambda-tmp-size'],
    ['memory from 128 MB to 3008 MB', ['lambda'], 'lambda-max-memory'],
    ['near real-time (buffer time min. 60 sec)', ['firehose'], 'firehose-buffer-interval'],
    ['HA -> replication across 3 AZ (QLDB)', ['qldb'], 'qldb-end-of-support'],
    ['AWS managed keys rotate automatically every 3 years', ['kms'], 'kms-aws-managed-rotation'],
    ['Eventual Consistency for overwrite PUTS and DELETES', ['s3'], 's3-consistency'],
    ['retention period can be extended upto 7 days for additional charge', ['kinesis-data-streams'], 'kinesis-max-retention'],
    ['Every Region works independently of others and will have atleast 2 AZs', [], 'region-az-count'],
    ['If data is marked it will be deleted with in 48 hours', ['dynamodb'], 'dynamodb-ttl-deletion'],
    ['Provisioned IOPS SSD (io2) 500 IOPS per GiB', ['ebs'], 'ebs-io2-ratio'],
    ['S3 Intelligent Tiering\n99.99% accessibility', ['s3'], 's3-intelligent-tiering-availability'],
    ['Backup and Recovery - read and write multi-AZ replicas natively', ['aurora'], 'aurora-replicas-read-only'],
    ['Data Retention Period : 365 days (earlier 24 days)', ['kinesis-data-streams'], 'kinesis-retention-was-24-hours'],
    ['then $1.00 for 600k GB/sec in 1 ms increments', ['lambda'], 'lambda-duration-price'],
    ['Snowball Edge Compute Optimized -> 42 TB of HDD capacity', ['snow-family'], 'snowball-edge-hdd-generation'],
    ['52 vCPUs, 208 GiB RAM', ['snow-family'], 'snowball-edge-hdd-generation'],
    ['S3 G-DA (Glacier Deep Archive) : same as S3 Glacier with min 12 hours retrieval time', ['s3'], 'glacier-deep-archive-min-12-hours'],
    ['Max Size of 1 MB (for Records)', ['kinesis-data-streams'], 'kinesis-record-size'],
    ['data blob (up to 1MB)', ['kinesis-data-streams'], 'kinesis-record-size'],
    ['Kinesis Data Streams - 1 MB message size limit, Data Stream with Shards', ['kinesis-data-streams'], 'kinesis-record-size'],
    ['Amazon Pinpoint: send marketing campaigns by email and SMS', ['pinpoint'], 'pinpoint-end-of-support'],
    ['RRS - 99.99% durability, for noncritical data', ['s3'], 's3-reduced-redundancy'],
    ['lowerPrice: from the pool with lowest price', [], 'spot-lower-price-name'],
    ['st 1 (HDD) - lowest costs HDD, designed for frequently accessed, throughput-intensive workloads', ['ebs'], 'st1-lowest-cost'],
    ['Database Type: Ledger; Use Cases: Systems of record, supply chain', [], 'ledger-database-type'],
    ['Designer : allows you to visually create env through drag n drop interface', ['cloudformation'], 'cloudformation-designer'],
  ])('marks "%s" as outdated', (text, topics, expected) => {
    expect(id(text, topics)).toBe(expected);
  });

  it.each([
    ['the temporary disk space in /tmp defaults to 512 MB', ['lambda'], 'the /tmp default is still 512 MB'],
    ['maximum execution time is 15 minutes', ['lambda'], 'unrelated Lambda limit'],
    ['max 256KB per msg sent', ['sns'], 'the number without its service'],
    ['AWS managed keys rotate automatically every 1 year', ['kms'], 'the current value'],
    ['Standard Queue message retention 4 days, max 14 days', ['sqs'], 'current SQS retention'],
    ['Reserved Instances (1 & 3 years)', ['kms'], 'three years without rotation'],
    ['Time-ordered change log for the table, stored for 24 hours', ['dynamodb'], 'stream retention'],
    ['S3 Standard\n99.99% availability', ['s3'], 'S3 Standard availability'],
    ['limited throughput: 300 msgs/s without batching', ['sqs'], 'the FIFO default without high throughput'],
    ['Aurora Replicas - up to 15 read replicas with sub-10 ms replica lag', ['aurora'], 'read replicas as they are'],
    ['default retention : 24hrs', ['kinesis-data-streams'], 'the 24-hour default'],
    ['per calls: 1kk requests free, then $0.20 per 1kk requests', ['lambda'], 'the request price'],
    ['Snowball Edge Storage Optimized: 210 TB of NVMe capacity', ['snow-family'], 'the current device'],
    ['Deep Archive: standard retrieval within 12 hours', ['s3'], '12 hours as the most'],
    ['throughput: 1 MB /sec or 1000 msg/sec per shard', ['kinesis-data-streams'], 'shard write throughput'],
    ['each shard -> 1 MB/s in (or 1000 records / s)', ['kinesis-data-streams'], 'shard write throughput'],
    ['a record can be up to 1 MB large', ['kinesis-data-streams', 'firehose'], 'the Firehose record size'],
  ])('keeps "%s" (%s)', (text, topics) => {
    expect(id(text, topics)).toBeUndefined();
  });

  it('marks any question about a retired service through its surroundings', () => {
    expect(id('replication across 3 AZ', ['qldb'], 'Databases\nQLDB HA -> replication across 3 AZ')).toBe('qldb-end-of-support');
  });

  it('never asks an outdated limit in an exam', () => {
    const note = '# SQS\n\n* **SQS** - a queue service\n    * max 256KB per message\n    * retention up to 14 days\n';
    const qs = extract(note, 'sqs.md', catalog).questions.filter((q) => q.kind === 'numeric');
    expect(qs.map((q) => [q.options[q.answers[0]], q.reasons.includes('outdated')])).toEqual([
      ['256 KB', true],
      ['14 days', false],
    ]);
  });

  it('gives every entry a service or a pattern specific enough on its own, and an old and new value', () => {
    expect(changes.filter((c) => !c.old || !c.new || !c.changed || !c.match)).toEqual([]);
  });
});

describe('the shipped list of changes', () => {
  it('names only services the shipped catalog knows, so no entry is silently skipped', async () => {
    const { loadCatalog } = await import('../../src/certs/data.js');
    const ids = new Set(loadCatalog().byId.keys());
    const unknown = bundledChanges().flatMap((c) => [c.service, ...(c.notWith ?? [])].filter((id): id is string => id !== undefined && !ids.has(id)));
    expect(unknown).toEqual([]);
  });
});
