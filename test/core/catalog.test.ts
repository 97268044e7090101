import { describe, expect, it } from 'vitest';
import * as catalogApi from '../../src/core/catalog.js';
import { findServices, indexCatalog, lookupService, nameKey, namesOf, normalizeName } from '../../src/core/catalog.js';
import { loadCatalog } from '../../src/certs/data.js';

const catalog = loadCatalog();

/** Names deliberately shared by two services: each really belongs to both. */
const SHARED: Record<string, string[]> = {
  glacier: ['s3-glacier', 's3'],
  'glacier deep archive': ['s3', 's3-glacier'],
  'glacier flexible retrieval': ['s3', 's3-glacier'],
  'glacier instant retrieval': ['s3', 's3-glacier'],
  's3 glacier deep archive': ['s3', 's3-glacier'],
  's3 glacier flexible retrieval': ['s3', 's3-glacier'],
  's3 glacier instant retrieval': ['s3', 's3-glacier'],
  'lambda edge': ['cloudfront', 'lambda'],
  'consolidated billing': ['organizations', 'billing'],
};

describe('the catalog data', () => {
  it('holds at least 170 services', () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(170);
  });

  it('uses unique, lower-case, stable ids', () => {
    const ids = catalog.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('gives every service a name, a short name and a category', () => {
    const bad = catalog.services.filter((s) => !s.name || !s.short || !s.category);
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('gives every security service a kind that another service shares', () => {
    const security = catalog.byCategory.get('Security, Identity & Compliance') ?? [];
    expect(security.filter((s) => !s.kind).map((s) => s.id)).toEqual([]);
    const kinds = new Map<string, number>();
    for (const s of catalog.services) if (s.kind) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    expect([...kinds].filter(([, n]) => n < 2)).toEqual([]);
  });

  it('spreads services over the usual categories', () => {
    for (const c of ['Compute', 'Storage', 'Database', 'Networking & Content Delivery', 'Security, Identity & Compliance', 'Management & Governance', 'Developer Tools', 'Application Integration', 'Analytics', 'Machine Learning', 'Containers', 'Migration & Transfer', 'Cost Management', 'Front-End Web & Mobile', 'End User Computing', 'IoT', 'Business Applications', 'Media Services']) {
      expect(catalog.byCategory.get(c)?.length ?? 0, c).toBeGreaterThan(0);
    }
  });

  it('lets no name point to two services unless the sharing is intended', () => {
    const shared = [...catalog.byName].filter(([, ids]) => ids.length > 1).map(([n, ids]) => [n, [...ids].sort()]);
    const intended = Object.entries(SHARED).map(([n, ids]) => [n, [...ids].sort()]);
    expect(Object.fromEntries(shared)).toEqual(Object.fromEntries(intended));
  });

  it('has no alias that is only a prefix word like "aws" or "amazon"', () => {
    expect(catalog.byName.has('aws')).toBe(false);
    expect(catalog.byName.has('amazon')).toBe(false);
    expect(catalog.byName.has('')).toBe(false);
  });

  it('includes the features the exam guides treat as topics', () => {
    for (const id of ['dax', 'parameter-store', 'sam', 'cdk', 'sts', 'acm', 'private-ca', 'appconfig', 'copilot', 'amplify', 'ecr', 'x-ray', 'eventbridge', 'step-functions', 'elasticache', 'rds-proxy', 's3-glacier', 'access-analyzer']) {
      expect(catalog.byId.has(id), id).toBe(true);
    }
  });
});

describe('lookupService', () => {
  const cases: [string, string][] = [
    ['S3', 's3'],
    ['Amazon S3', 's3'],
    ['Amazon Simple Storage Service', 's3'],
    ['simple storage service', 's3'],
    ['DynamoDB', 'dynamodb'],
    ['DAX', 'dax'],
    ['DynamoDB Accelerator', 'dax'],
    ['API Gateway', 'api-gateway'],
    ['AWS X-Ray', 'x-ray'],
    ['X Ray', 'x-ray'],
    ['xray', 'x-ray'],
    ['KMS', 'kms'],
    ['key management service', 'kms'],
    ['Cognito user pools', 'cognito'],
    ['CloudWatch Logs Insights', 'cloudwatch'],
    ['Lambda layers', 'lambda'],
    ['Lambda@Edge', 'cloudfront'],
    ['SSM Parameter Store', 'parameter-store'],
    ['Systems Manager Parameter Store', 'parameter-store'],
    ['AWS SAM', 'sam'],
    ['Serverless Application Model', 'sam'],
    ['CloudWatch Events', 'eventbridge'],
    ['Kinesis Data Firehose', 'firehose'],
    ['Glacier', 's3-glacier'],
    ['S3 Glacier Deep Archive', 's3'],
    ['ALB', 'elb'],
    ['application load balancer', 'elb'],
    ['AWS re:Post', 're-post'],
    ['Amazon Q', 'q'],
    ['Route53', 'route-53'],
    ['Route 53', 'route-53'],
    ['  amazon   ELASTICACHE ', 'elasticache'],
  ];
  it.each(cases)('resolves %j to %s', (name, id) => {
    expect(lookupService(catalog, name)?.id).toBe(id);
  });

  it('returns undefined for a name it does not know', () => {
    expect(lookupService(catalog, 'flux capacitor')).toBeUndefined();
  });
});

describe('findServices', () => {
  const cases: [string, string[]][] = [
    ['Store the objects in Amazon S3 and index them in DynamoDB.', ['s3', 'dynamodb']],
    ['Use an SQS dead-letter queue for messages the Lambda function cannot process.', ['sqs', 'lambda']],
    ['Kinesis Data Firehose delivers to S3.', ['firehose', 's3']],
    ['Trace requests with AWS X-Ray and query logs with CloudWatch Logs Insights.', ['x-ray', 'cloudwatch']],
    ['Turn on AWS Config and AWS Shield Advanced.', ['config', 'shield']],
    ['Record changes with AWS Config rules.', ['config']],
    ['Lambda@Edge runs code at CloudFront edge locations.', ['cloudfront', 'lambda']],
    ['Move cold data to Glacier Deep Archive.', ['s3', 's3-glacier']],
    ['The SAM template deploys the stack.', ['sam']],
    ['Ask Amazon Q for help.', ['q']],
    ['Share subnets with AWS RAM.', ['vpc', 'resource-access-manager']],
    ['Run containers on Fargate behind an ALB.', ['fargate', 'elb']],
    ['Users sign in through a Cognito user pool and call API Gateway.', ['cognito', 'api-gateway']],
    ['Read the AWS re:Post answer.', ['re-post']],
    ['Query the data lake with Athena, catalogued by Glue.', ['athena', 'glue']],
    ['Encrypt with KMS keys; store the secret in Secrets Manager.', ['kms', 'secrets-manager']],
    ['* [Glue](#glue)', ['glue']],
    ['## Shield', ['shield']],
    ['* [Lex + Connect](#lex-connect)', ['lex', 'connect']],
    ['ELB+Target Groups can handle that', ['elb']],
    ['Cost & Usage Report', ['cost-and-usage-report']],
  ];
  it.each(cases)('finds the services in %j', (text, ids) => {
    expect(findServices(catalog, text)).toEqual(ids);
  });

  const plain: string[] = [
    'Edit the config file and restart the server.',
    'A shield protects the knight.',
    'Take a backup before you upgrade.',
    'Process records in a batch of ten.',
    'Connect to the instance with SSH.',
    'Glue the pieces together.',
    'The inspector checked the building.',
    'Sam wrote the template.',
    'The forecast says rain; translate it to French.',
    'Config values live in environment variables.',
    'Support for HTTP/2 was added.',
    'Store the artifact in a folder.',
    'The server has 16 GB of RAM.',
    'Q: Which option is correct?',
    'A chatbot answers questions.',
    'Check your health and your budgets.',
    'Comments with &amp; entities.',
    '- Connect to the instance with SSH.',
    'Backup:',
  ];
  it.each(plain)('tags no service in the plain sentence %j', (text) => {
    expect(findServices(catalog, text)).toEqual([]);
  });

  it('returns [] for empty or non-string input', () => {
    expect(findServices(catalog, '')).toEqual([]);
    expect(findServices(catalog, undefined as unknown as string)).toEqual([]);
  });

  it('lists each service once, in order of first mention', () => {
    expect(findServices(catalog, 'EC2, then S3, then EC2 again, then Amazon S3.')).toEqual(['ec2', 's3']);
  });

  it('matches long names before their shorter prefixes', () => {
    expect(findServices(catalog, 'Amazon Kinesis Data Streams')).toEqual(['kinesis-data-streams']);
  });

  it('does not join words across a sentence break', () => {
    expect(findServices(catalog, 'Metrics go to CloudWatch. Events are kept for a day.')).toEqual(['cloudwatch']);
  });

  it('reads a name across any run of separators, but not across a full stop', () => {
    expect(findServices(catalog, 'Amazon  Kinesis\tData\u00a0Streams')).toEqual(['kinesis-data-streams']);
    expect(findServices(catalog, 'Kinesis-Data/Streams')).toEqual(['kinesis-data-streams']);
    expect(findServices(catalog, 'Keep it in Secrets  Manager, or in Secrets\u00a0Manager')).toEqual(['secrets-manager']);
    expect(findServices(catalog, 'Keep it in Secrets. Manager approves it.')).toEqual([]);
  });

  it('takes words of ASCII letters and digits only: an accented letter ends a word', () => {
    expect(findServices(catalog, 'Daten in S3ü und SQSé')).toEqual(['s3', 'sqs']);
    expect(findServices(catalog, 'éS3')).toEqual(['s3']);
  });

  it('finds the same services in a thousand sentences as in one', () => {
    const text = 'An application stores uploads in S3, queues work in SQS, and a Lambda function writes results to DynamoDB behind API Gateway with Cognito.';
    expect(findServices(catalog, Array(1000).fill(text).join(' '))).toEqual(findServices(catalog, text));
    expect(findServices(catalog, text)).toEqual(['s3', 'sqs', 'lambda', 'dynamodb', 'api-gateway', 'cognito']);
  });
});

describe('name helpers', () => {
  it('normalizeName drops the Amazon/AWS prefix and lower-cases', () => {
    expect(normalizeName('Amazon  DynamoDB')).toBe('dynamodb');
  });

  it('nameKey turns separators into spaces', () => {
    expect(nameKey('AWS X-Ray')).toBe('x ray');
  });

  it('namesOf lists own names before aliases', () => {
    const s = catalog.byId.get('dax')!;
    expect(namesOf(s).slice(0, 2)).toEqual(['dynamodb accelerator', 'dax']);
  });

  it('indexCatalog works on a tiny hand-made catalog', () => {
    const mini = indexCatalog([{ id: 'x', name: 'Amazon X Service', short: 'Amazon X', acronyms: ['XS'], aliases: ['ex'], category: 'Other' }]);
    expect(findServices(mini, 'use XS or ex')).toEqual(['x']);
  });

  it('exports the documented API', () => {
    expect(Object.keys(catalogApi).sort()).toEqual(['CAPITALISED_NAMES', 'PREFIXED_NAMES', 'UPPERCASE_NAMES', 'findServices', 'indexCatalog', 'lookupService', 'nameKey', 'namesOf', 'normalizeName']);
  });
});
