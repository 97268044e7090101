import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/importer/parse.js';
import { brief, fixture, parseFixture, warned } from './helpers.js';

describe('convention 1: heading or list item with a task list', () => {
  const r = parseFixture('task-list.md');

  it('reads every question with its options and checked answers', () => {
    expect(brief(r)).toEqual([
      ['Which AWS service stores objects in buckets?', ['Amazon EBS', '*Amazon S3', 'Amazon EFS', 'AWS Storage Gateway']],
      ['Which services can decouple producers from consumers? (Choose TWO.)', ['*Amazon SQS', 'Amazon EC2 Auto Scaling', '*Amazon SNS', 'Amazon Route 53']],
      ['Which DynamoDB feature captures item-level changes in order?', ['DynamoDB Accelerator (DAX)', '*DynamoDB Streams', 'Global tables']],
      ['What is the maximum size of an SQS message?', ['64 KB', '*256 KB', '1 MB', '2 GB']],
      [
        'A developer must run code in response to s3:ObjectCreated:* events without managing servers. Which service should the developer use?',
        ['Amazon EC2', '*AWS Lambda', 'Amazon Lightsail'],
      ],
    ]);
  });

  it('keeps explanations without markdown and moves link lines to references', () => {
    expect(r.questions.map((q) => q.explanation)).toEqual([
      'Amazon S3 stores objects in buckets; EBS is block storage.',
      'SQS queues and SNS topics both let producers and consumers scale apart.',
      '',
      '',
      'Lambda runs code on events with no servers to manage.\nReferences:\nhttps://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html\nhttps://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
    ]);
  });

  it('skips front matter and reports lines of the file', () => {
    expect(r.questions.map((q) => q.line)).toEqual([8, 17, 26, 30, 36]);
  });

  it('gives the section headings, not the question or its label', () => {
    expect(r.questions.map((q) => q.headings)).toEqual(Array(5).fill(['Storage and messaging quiz']));
  });

  it('has nothing to warn about', () => {
    expect({ warnings: r.warnings, skipped: r.skipped }).toEqual({ warnings: [], skipped: {} });
  });
});

describe('convention 2: numbered question, lettered options, answer line', () => {
  const r = parseFixture('lettered.md');

  it('reads A., A) and - A. options and answers in plain text, <details> blocks and "BCD" form', () => {
    expect(brief(r)).toEqual([
      [
        'A company stores session state for a web application. Which service offers sub-millisecond reads? (Choose TWO.)',
        ['*Amazon ElastiCache for Redis', 'Amazon S3 Glacier Flexible Retrieval', '*Amazon DynamoDB Accelerator (DAX)', 'Amazon Athena'],
      ],
      [
        'Which service issues temporary credentials to users signed in with a web identity provider?',
        ['*AWS Security Token Service (AWS STS)', 'AWS Key Management Service (AWS KMS)', 'Amazon Inspector'],
      ],
      [
        'A team deploys with AWS CloudFormation and must review changes before they run. Which THREE features help? (Select THREE.)',
        ['*Change sets', 'Drift detection', '*Stack policies', '*Rollback triggers', 'Amazon Macie'],
      ],
      ['Which Amazon SQS queue type guarantees first-in-first-out delivery?', ['Standard queue', '*FIFO queue', 'Dead-letter queue']],
    ]);
  });

  it('keeps the explanation inside <details> and its reference link', () => {
    expect(r.questions[1].explanation).toBe(
      'STS issues temporary security credentials through AssumeRoleWithWebIdentity.\nReferences:\nhttps://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html',
    );
  });

  it('leaves no HTML or markdown residue in stems, options or explanations', () => {
    const text = r.questions.flatMap((q) => [q.stem, ...q.options, q.explanation]).join('\n');
    expect(text).not.toMatch(/<\/?[a-z]|\*\*|\]\(|^\s*[-*>#]/im);
  });
});

describe('convention 3: answer key in another section, joined by number', () => {
  const r = parseFixture('answer-key.md');

  it('joins "Q1: A", "Q2: B, C" and "**3. Correct Answer(s): B**" to their questions', () => {
    expect(brief(r)).toEqual([
      ['Which service delivers content from edge locations?', ['*Amazon CloudFront', 'Amazon VPC', 'AWS Direct Connect']],
      ['Which services store data durably across Availability Zones? (Choose TWO.)', ['Amazon EC2 instance store', '*Amazon S3', '*Amazon EFS', 'Amazon EBS (single volume)']],
      ['Which service records API calls made in an AWS account?', ['Amazon CloudWatch', '*AWS CloudTrail', 'AWS Config']],
    ]);
  });

  it('takes the explanation written under a key entry', () => {
    expect(r.questions[2].explanation).toBe('CloudTrail records API activity for auditing.');
  });

  it('joins each key to the nearest question with its number when numbering restarts', () => {
    const text = [
      '# Set 1', '1. Which service is object storage?', 'A. Amazon S3', 'B. Amazon EBS', '', '## Key', '1. A', '',
      '# Set 2', '1. Which service is block storage?', 'A. Amazon S3', 'B. Amazon EBS', '', '## Key', '1. B',
    ].join('\n');
    expect(brief(parseBank(text, 'sets.md'))).toEqual([
      ['Which service is object storage?', ['*Amazon S3', 'Amazon EBS']],
      ['Which service is block storage?', ['Amazon S3', '*Amazon EBS']],
    ]);
  });

  it('reads an answer key written as a table', () => {
    const text = '1. Which service is a CDN?\nA. Amazon CloudFront\nB. Amazon SQS\n\n| Question | Answer |\n|---|---|\n| 1 | A |\n';
    expect(brief(parseBank(text, 't.md'))).toEqual([['Which service is a CDN?', ['*Amazon CloudFront', 'Amazon SQS']]]);
  });

  it('warns about a key entry that matches no question', () => {
    const text = '1. Which service is a CDN?\nA. Amazon CloudFront\nB. Amazon SQS\n\n## Answers\n1. A\n7. B\n';
    expect(warned(parseBank(text, 'k.md'))).toEqual(['k.md:7 answer key entry 7 matches no question']);
  });
});

describe('messy banks', () => {
  it('is not confused by front matter, a table of contents, HTML blocks, images and code', () => {
    const r = parseFixture('messy.md');
    expect(brief(r)).toEqual([
      ['Which service provides a managed NoSQL database?', ['*Amazon DynamoDB', 'Amazon Redshift', 'Amazon RDS for MySQL']],
      ['A company wants to restrict S3 access by VPC. What should it use?', ['*A VPC gateway endpoint with an endpoint policy', 'A NAT gateway', 'An internet gateway']],
      [
        'Which policy allows the upload?\n{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::bucket/*"}',
        ["*An identity-based policy attached to the uploader's role", 'A service control policy that denies s3:*', 'A permissions boundary with no statements'],
      ],
    ]);
  });

  it('decodes entities and drops <br> in an explanation inside <details> and a blockquote', () => {
    expect(parseFixture('messy.md').questions[0].explanation).toBe('DynamoDB is a managed key-value and document database & scales automatically.');
  });

  it('warns that an image in a stem was left out, with its line', () => {
    expect(warned(parseFixture('messy.md'))).toEqual(['messy.md:17 an image in the question was left out']);
  });

  it('reads CRLF and lone CR line endings with the right line numbers', () => {
    const r = parseFixture('crlf.md');
    expect({ q: brief(r), lines: r.questions.map((q) => q.line) }).toEqual({
      q: [
        ['Which service sends email?', ['Amazon SQS', '*Amazon SES']],
        ['Which service is a DNS service?', ['*Amazon Route 53', 'Amazon VPC']],
      ],
      lines: [3, 8],
    });
  });

  it('gives the same questions for LF and CRLF versions of a bank', () => {
    const lf = parseFixture('lettered.md');
    const text = readFileSync(fixture("lettered.md"), "utf8");
    expect(parseBank(text.replace(/\n/g, '\r\n'), 'lettered.md').questions).toEqual(lf.questions);
  });

  it('takes an unnumbered paragraph followed by a task list as a question', () => {
    const text = 'Which service is serverless compute?\n- [ ] Amazon EC2\n- [x] AWS Lambda\n\nWhich service is a data warehouse?\n- [x] Amazon Redshift\n- [ ] Amazon SQS\n';
    expect(brief(parseBank(text, 'p.md'))).toEqual([
      ['Which service is serverless compute?', ['Amazon EC2', '*AWS Lambda']],
      ['Which service is a data warehouse?', ['*Amazon Redshift', 'Amazon SQS']],
    ]);
  });

  it('keeps a bulleted list inside a numbered question in its stem', () => {
    const text = '1. A company needs:\n- low latency\n- no servers\nWhich service fits?\nA. AWS Lambda\nB. Amazon EC2\nAnswer: A\n';
    expect(brief(parseBank(text, 'b.md'))).toEqual([['A company needs:\nlow latency\nno servers\nWhich service fits?', ['*AWS Lambda', 'Amazon EC2']]]);
  });

  it('reads an answer given as the text of an option', () => {
    const text = '1. Which service is a CDN?\nA. Amazon CloudFront\nB. Amazon SQS\nAnswer: Amazon CloudFront\n';
    expect(brief(parseBank(text, 'a.md'))).toEqual([['Which service is a CDN?', ['*Amazon CloudFront', 'Amazon SQS']]]);
  });
});
