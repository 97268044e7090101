import { describe, expect, it } from 'vitest';
import { gistOf, overlap, type QuestionText } from '../../src/exam/overlap.js';

/** A question as an exam shows it: the answer first among its options, then three wrong ones. */
function q(stem: string, answer: string, explanation: string, topics: string[] = []): QuestionText {
  return { stem, options: [answer, 'Wrong one', 'Wrong two', 'Wrong three'], answers: [0], explanation, topics };
}
const overlapping = (a: QuestionText, b: QuestionText) => overlap(gistOf(a), gistOf(b));

const userDataTerm = q('Which term matches this description: "script launch on first start up of instance"?', 'EC2 User Data', 'EC2 User Data - script launch on first start up of instance', ['ec2']);
const userDataDescribed = q(
  'In the context of Amazon EC2, what best describes User Data?',
  'Allows to enter commands that will run during the first boot cycle of instance',
  'User Data : allows to enter commands that will run during the first boot cycle of instance.',
  ['ec2'],
);
const bootstrap = q(
  'In the context of Amazon EC2, what best describes Bootstrap script?',
  'Configure an EC2 instance at launch through EC2 User Data',
  'Bootstrap script - configure an EC2 instance at launch through EC2 User Data',
  ['ec2'],
);
const securityGroups = q('In the context of Amazon EC2, what best describes Security Groups?', 'Firewall rules around an instance', 'Security Groups - firewall rules around an instance', ['ec2']);

describe('overlap', () => {
  it('holds for one fact asked both ways ("EC2 User Data" as an answer, "what best describes User Data?")', () => {
    expect(overlapping(userDataTerm, userDataDescribed)).toBe(true);
  });

  it("holds when one question's answer names another's term (Bootstrap script's answer says EC2 User Data)", () => {
    expect([overlapping(bootstrap, userDataDescribed), overlapping(userDataTerm, bootstrap)]).toEqual([true, true]);
  });

  it('does not hold for two facts of one service', () => {
    expect([overlapping(securityGroups, userDataTerm), overlapping(securityGroups, bootstrap)]).toEqual([false, false]);
  });

  it('holds for one value stated in two notes in other words ("max 4 KB parameter size", "size max 4KB")', () => {
    const one = q('Which value completes this statement about Standard tier (AWS Systems Manager): "max _____ parameter size"?', '4 KB', 'Standard: max 4 KB parameter size', ['systems-manager']);
    const two = q(
      'Which value completes this statement about Standard tier (Parameter Store): "Standard: 10K parameters, size max _____, no parameter policies"?',
      '4 KB',
      'Tiers: Standard: 10K parameters, size max 4KB, no parameter policies',
      ['parameter-store'],
    );
    expect(overlapping(one, two)).toBe(true);
  });

  it('does not hold for one value in two unrelated statements', () => {
    const kms = q('Which value completes this statement about KMS Encrypt: "encrypts up to _____ of data"?', '4 KB', 'Encrypt API: encrypts up to 4 KB of data', ['kms']);
    const ssm = q('Which value completes this statement about Standard tier (AWS Systems Manager): "max _____ parameter size"?', '4 KB', 'Standard: max 4 KB parameter size', ['systems-manager']);
    expect(overlapping(kms, ssm)).toBe(false);
  });

  it("holds when a stem about the same service shows another's value (a change log \"stored for 24 hours\")", () => {
    const retention = q('Which value completes this statement about DynamoDB Streams: "Logs are encrypted at rest and stored for _____"?', '24 hours', 'Logs are encrypted at rest and stored for 24 hours', ['dynamodb']);
    const profile = q(
      'Which AWS service matches all of these descriptions: "time-ordered change log for the table, stored for 24 hours"; "can trigger Lambda"?',
      'Amazon DynamoDB',
      'DynamoDB: Time-ordered change log for the table, stored for 24 hours; Can trigger Lambda',
      ['dynamodb', 'lambda'],
    );
    expect(overlapping(retention, profile)).toBe(true);
  });

  it('does not hold when the value shows in a stem about another service', () => {
    const retention = q('Which value completes this statement about DynamoDB Streams: "Logs are encrypted at rest and stored for _____"?', '24 hours', 'Logs are encrypted at rest and stored for 24 hours', ['dynamodb']);
    const trail = q('Which AWS service records API calls and can deliver events within 24 hours of a call?', 'AWS CloudTrail', 'CloudTrail: records API calls, delivered within 24 hours', ['cloudtrail']);
    expect(overlapping(retention, trail)).toBe(false);
  });

  it('holds for the two blanks of one sentence ("default 4 days, max 14 days")', () => {
    const max = q('Which value completes this statement about SQS: "default retention of messages: 4days, max: _____"?', '14 days', 'default retention of messages: 4days, max: 14 days', ['sqs']);
    const byDefault = q('Which value completes this statement about SQS: "default retention of messages: _____, max: 14 days"?', '4 days', 'default retention of messages: 4days, max: 14 days', ['sqs']);
    expect(overlapping(max, byDefault)).toBe(true);
  });

  it('holds when a stem names the service another question asks for ("In the context of AWS CloudFormation")', () => {
    const service = q('Which AWS service provisions a collection of AWS resources from a template?', 'AWS CloudFormation', 'AWS CloudFormation - provisions a collection of AWS resources from a template', ['cloudformation']);
    const feature = q('In the context of AWS CloudFormation, which term is a set of resources created, updated or deleted all at once?', 'Stack', 'Stack - set of resources created, updated or deleted all at once', ['cloudformation']);
    expect(overlapping(service, feature)).toBe(true);
  });

  it('holds when a stem\'s context names another question\'s answer ("In the context of CloudWatch Synthetics")', () => {
    const synthetics = q('Which term matches this description: "configurable script to monitor APIs, URLs, Websites"?', 'CloudWatch Synthetics', 'CloudWatch Synthetics - configurable script to monitor APIs, URLs, Websites', ['cloudwatch']);
    const heartbeat = q('In the context of CloudWatch Synthetics, what best describes Heartbeat Monitor?', 'Load URL, store screenshot and an HTTP archive file', 'Heartbeat Monitor - load URL, store screenshot and an HTTP archive file', ['cloudwatch']);
    expect(overlapping(synthetics, heartbeat)).toBe(true);
  });

  it('does not hold for a one-word name another stem happens to say ("DynamoDB" in "DynamoDB Streams")', () => {
    const service = q('Which AWS service is a NoSQL key-value database?', 'DynamoDB', 'DynamoDB - NoSQL key-value database', ['dynamodb']);
    const feature = q('Which value completes this statement about DynamoDB Streams: "stored for _____"?', '24 hours', 'DynamoDB Streams: stored for 24 hours', ['dynamodb']);
    expect(overlapping(service, feature)).toBe(false);
  });

  it('reads a name by its capitals: "On-Demand" the term is not "on-demand" the word', () => {
    const term = q('In the context of Amazon EC2, which term matches this description: "launched at any time"?', 'On-Demand', 'On-Demand - launched at any time', ['ec2']);
    const spot = q('Which value completes this statement about Spot Instances: "up to _____ discount compared to on-demand"?', '90%', 'up to 90% discount compared to on-demand', ['ec2']);
    expect(overlapping(term, spot)).toBe(false);
  });

  it('holds for one named answer asked twice ("S3 Analytics" from a term list and from a profile)', () => {
    const term = q('Which term matches this description: "tool to help decide when to transition objects"?', 'S3 Analytics', 'S3 Analytics - tool to help decide when to transition objects', ['s3']);
    const profile = q('Which of the following matches all of these descriptions: "takes 24-48h to see data analysis"; "recommended for Standard IA"?', 'S3 Analytics', 'S3 Analytics: takes 24-48h to see data analysis', ['s3']);
    expect(overlapping(term, profile)).toBe(true);
  });

  it('holds for one value about one service in two notes ("15 minutes" for Lambda)', () => {
    const limit = q('Which value completes this statement about AWS Step Functions: "Lambda has an execution time limit of _____"?', '15 minutes', 'Lambda has an execution time limit of 15 minutes', ['step-functions', 'lambda']);
    const timeout = q('Which value completes this statement about Configuration (AWS Lambda): "timeout (max _____)"?', '15 minutes', 'allows setting memory, timeout (max 15 minutes)', ['lambda']);
    expect(overlapping(limit, timeout)).toBe(true);
  });

  it('holds for one service asked for twice ("which AWS service" from one note and a profile from another)', () => {
    const one = q('Which AWS service matches this description: "managed service that gives users an identity to interact with our web or mobile app"?', 'Amazon Cognito', 'AWS Cognito - managed service that gives users an identity to interact with our web or mobile app', ['cognito']);
    const two = q('Which AWS service matches all of these descriptions: "an authentication and user management service"; "allows federating identity"?', 'Amazon Cognito', 'Amazon Cognito: An authentication and user management service; allows federating identity', ['cognito']);
    expect(overlapping(one, two)).toBe(true);
  });

  it('does not hold for two imported scenarios that end in one service', () => {
    const one = { ...q('A company stores invoices that are rarely read. Which service keeps them cheapest?', 'Amazon S3', 'Use S3 Glacier storage classes for rarely read objects.', ['s3']), origin: 'imported' as const };
    const two = { ...q('A web team needs to host a static site without servers. What should they use?', 'Amazon S3', 'Static website hosting serves the site from a bucket.', ['s3']), origin: 'imported' as const };
    expect(overlapping(one, two)).toBe(false);
  });

  it('holds for one description under two names (Cache Behaviors and Multiple Origin)', () => {
    const behaviors = q(
      'In the context of Amazon CloudFront, what best describes Cache Behaviors?',
      'Allows setting different origins/origin groups based on the content type or path pattern',
      'Cache Behaviors - allows setting different origins/origin groups based on the content type or path pattern',
      ['cloudfront'],
    );
    const origins = q(
      'In the context of Amazon CloudFront, which term matches this description: "route to different kind of origins based on content type or path pattern"?',
      'Multiple Origin',
      'Multiple Origin - route to different kind of origins based on content type or path pattern',
      ['cloudfront'],
    );
    expect(overlapping(behaviors, origins)).toBe(true);
  });

  it('does not hold for two descriptions of one list that share a few words', () => {
    const invalidation = q(
      'In the context of Amazon CloudFront, what best describes Invalidation?',
      'Allows bypassing the TTL to refresh the cache in part or whole',
      'Invalidation - allows bypassing the TTL to refresh the cache in part or whole',
      ['cloudfront'],
    );
    const behaviors = q(
      'In the context of Amazon CloudFront, what best describes Cache Behaviors?',
      'Allows setting different origins/origin groups based on the content type or path pattern',
      'Cache Behaviors - allows setting different origins/origin groups based on the content type or path pattern',
      ['cloudfront'],
    );
    expect(overlapping(invalidation, behaviors)).toBe(false);
  });

  it('holds for two questions that each offer the other\'s answer as a wrong option (Network ACL, Security Groups)', () => {
    const sg = 'Firewall that controls traffic to and from an ENI or an EC2 instance';
    const nacl = 'A firewall which controls traffic from and to a subnet';
    const one: QuestionText = { stem: 'In the context of Networking - VPC, what best describes Network ACL?', options: [sg, 'Connects two VPCs privately', 'A range of IP addresses in one AZ', nacl], answers: [3], explanation: `Network ACL - ${nacl}`, topics: ['vpc'] };
    const two: QuestionText = { stem: 'In the context of Networking - VPC, what best describes Security Groups?', options: ['Lets private instances reach the internet', sg, nacl, 'Lets public resources reach the internet'], answers: [1], explanation: `Security Groups - ${sg}`, topics: ['vpc'] };
    expect(overlapping(one, two)).toBe(true);
  });

  it("holds when one question offers another's described answer as a wrong option, and not otherwise", () => {
    const sg = 'Firewall that controls traffic to and from an ENI or an EC2 instance';
    const nacl = 'A firewall which controls traffic from and to a subnet';
    const naclOffering = (wrong: string): QuestionText => ({
      stem: 'In the context of Networking - VPC, what best describes Network ACL?',
      options: [wrong, 'Connects two VPCs privately', 'A range of IP addresses in one AZ', nacl],
      answers: [3],
      explanation: `Network ACL - ${nacl}`,
      topics: ['vpc'],
    });
    const sgAsked: QuestionText = { stem: 'In the context of Amazon EC2, what best describes Security Groups?', options: ['Lets private instances reach the internet', sg, 'Script launch on first start up', 'Set instance permissions'], answers: [1], explanation: `Security Groups - ${sg}`, topics: ['ec2'] };
    const stackPolicy = 'A JSON document that defines the update actions allowed on specific resources during stack updates';
    const policyAsked = q(`In the context of AWS CloudFormation, which term is ${stackPolicy.toLowerCase()}?`, 'Stack Policies', `Stack Policies - ${stackPolicy}`, ['cloudformation']);
    const stackSets: QuestionText = {
      stem: 'In the context of AWS CloudFormation, what best describes StackSets?',
      options: ['Create, update or delete stacks across multiple accounts and regions with a single operation', stackPolicy, 'Detect changes made outside CloudFormation', 'Send stack events to an SNS topic'],
      answers: [0],
      explanation: 'StackSets - create, update or delete stacks across multiple accounts and regions with a single operation',
      topics: ['cloudformation'],
    };
    expect([overlapping(naclOffering(sg), sgAsked), overlapping(stackSets, policyAsked)]).toEqual([true, true]);
    expect(overlapping(naclOffering('Lets public resources reach the internet through a gateway'), sgAsked)).toBe(false);
  });

  it('holds for a term question that offers the description another question quotes, which offers its term', () => {
    const nacl: QuestionText = {
      stem: 'In the context of Networking - VPC, what best describes Network ACL?',
      options: ['A firewall which controls traffic from and to a subnet', 'Firewall that controls traffic to and from an ENI or an EC2 instance', 'A range of IP addresses in one AZ', 'Connects two VPCs privately'],
      answers: [0],
      explanation: 'Network ACL (NACL) - a firewall which controls traffic from and to a subnet',
      topics: ['vpc'],
    };
    const sg: QuestionText = {
      stem: 'In the context of Networking - VPC, which term matches this description: "firewall that controls traffic to and from an ENI or an EC2 instance"?',
      options: ['Security Groups', 'Subnet', 'Route Table', 'Network ACL'],
      answers: [0],
      explanation: 'Security Groups - firewall that controls traffic to and from an ENI or an EC2 instance',
      topics: ['vpc'],
    };
    expect(overlapping(nacl, sg)).toBe(true);
  });

  it('reads "5 min" in a stem as the value "5 minutes"', () => {
    const term = q('In the context of Amazon S3 Glacier, which term matches this description: "retrieval in 1 to 5 min"?', 'Expedited', 'Expedited -> retrieval in 1 to 5 min', ['s3']);
    const value = q('Which value completes this statement about Expedited (Amazon S3 Glacier): "retrieval in 1 to _____"?', '5 minutes', 'Expedited -> retrieval in 1 to 5 min', ['s3']);
    expect(overlapping(term, value)).toBe(true);
  });

  it('holds for one term described twice ("Producers" of Data Streams and of Firehose)', () => {
    const streams = q('In the context of Kinesis Data Streams, what best describes Producers?', 'Send data into Data Streams', 'Producers - send data into Data Streams', ['kinesis-data-streams']);
    const firehose = q('In the context of Amazon Data Firehose, what best describes Producers?', 'Push records into Kinesis Data Firehose', 'Producers - push records into Kinesis Data Firehose', ['firehose']);
    expect(overlapping(streams, firehose)).toBe(true);
  });

  it('holds for one term with and without a qualifier in one service ("User Groups", "Groups" in IAM)', () => {
    const userGroups = q('In the context of AWS IAM, what best describes User Groups?', 'Collection of IAM Users and Associated Policies', 'User Groups : Object : Collection of IAM Users and Associated Policies.', ['iam']);
    const groups = q('In the context of AWS IAM, which term matches this description: "collection of users under one set of permissions"?', 'Groups', 'Groups: Collection of users under one set of permissions', ['iam']);
    expect(overlapping(userGroups, groups)).toBe(true);
  });

  it('does not hold for one head word in two services ("Rules" in EventBridge, "Lifecycle Rules" in S3)', () => {
    const rules = q('In the context of Amazon EventBridge, what best describes Rules?', 'Define how events are processed and routed', 'Rules - define how events are processed and routed', ['eventbridge']);
    const lifecycle = q('In the context of Amazon S3, what best describes Lifecycle Rules?', 'Move objects between storage classes or delete them on a schedule', 'Lifecycle Rules - move objects between storage classes or delete them on a schedule', ['s3']);
    expect(overlapping(rules, lifecycle)).toBe(false);
  });

  it('does not hold for two values of one service whose statements lead with its name', () => {
    const retention = q('Which value completes this statement about SQS: "default retention of messages: _____"?', '4 days', 'SQS: default retention of messages: 4 days', ['sqs']);
    const size = q('Which value completes this statement about SQS: "maximum message size _____"?', '1 MiB', 'SQS: maximum message size 1 MiB', ['sqs']);
    expect(overlapping(retention, size)).toBe(false);
  });

  it("holds when a stem names a service that is another question's answer, by its short name", () => {
    const cognito = q('Which AWS service matches this description: "managed service that gives users an identity to interact with a web or mobile app"?', 'Amazon Cognito', 'Amazon Cognito - managed service that gives users an identity to interact with a web or mobile app', ['cognito']);
    const userPools = q('In the context of Cognito User Pools, which term allows blocking sign-in or requiring MFA if login appears suspicious?', 'Adaptive Authentication', 'Adaptive Authentication - allows blocking sign-in or requiring MFA if login appears suspicious', ['cognito']);
    const cloudWatch = q('In the context of Amazon CloudWatch, what best describes Alarms?', 'Trigger notifications for any metric', 'Alarms - trigger notifications for any metric', ['cloudwatch']);
    expect([overlapping(cognito, userPools), overlapping(cognito, cloudWatch)]).toEqual([true, false]);
  });

  it('is symmetric', () => {
    const pairs: Array<[QuestionText, QuestionText]> = [
      [userDataTerm, userDataDescribed],
      [bootstrap, userDataDescribed],
      [securityGroups, bootstrap],
    ];
    for (const [a, b] of pairs) expect(overlapping(a, b)).toBe(overlapping(b, a));
  });
});
