import { describe, expect, it } from 'vitest';
import { classify, type Classifiable } from '../../src/certs/classify.js';
import { loadCerts } from '../../src/certs/data.js';
import type { CertSpec } from '../../src/core/types.js';

const certs = loadCerts();

interface Case {
  stem: string;
  answer?: string;
  explanation?: string;
  topics: string[];
  headings?: string[];
  domain: number;
}

function question(c: Omit<Case, 'domain'>): Classifiable {
  const options = [c.answer ?? 'the answer', 'a distractor about encryption, deployment and metrics'];
  return {
    topics: c.topics,
    stem: c.stem,
    options,
    answers: [0],
    explanation: c.explanation ?? '',
    source: { path: 'notes/x.md', line: 1, endLine: 2, headings: c.headings ?? [] },
  };
}

function domainIn(code: string, c: Omit<Case, 'domain'>): number | undefined {
  return classify(question(c), certs).find((p) => p.cert === code)?.domain;
}

const GOLDEN: Record<string, Case[]> = {
  'CLF-C02': [
    { stem: 'Under the shared responsibility model, who patches the guest operating system of an EC2 instance?', answer: 'The customer', topics: ['shared-responsibility-model', 'ec2'], domain: 2 },
    { stem: 'Which support plan is the cheapest one that includes a designated technical account manager?', answer: 'Enterprise Support', topics: ['support'], domain: 4 },
    { stem: 'What is an Availability Zone?', answer: 'One or more discrete data centers with redundant power in a Region', topics: ['global-infrastructure'], domain: 3 },
    { stem: 'Which Well-Architected pillar covers recovering from failures?', answer: 'Reliability', topics: ['well-architected'], domain: 1 },
    { stem: 'Which tool shows past spend and forecasts next month\'s bill?', answer: 'AWS Cost Explorer', topics: ['cost-explorer'], domain: 4 },
    { stem: 'Which service detects threats by analysing VPC Flow Logs and DNS logs?', answer: 'Amazon GuardDuty', topics: ['guardduty'], domain: 2 },
    { stem: 'Which service runs code without provisioning servers?', answer: 'AWS Lambda', topics: ['lambda'], domain: 3 },
    { stem: 'Which service provides on-demand access to AWS compliance reports?', answer: 'AWS Artifact', topics: ['artifact'], domain: 2 },
  ],
  'SAA-C03': [
    { stem: 'Logs must be kept for 7 years and are almost never read. Which storage class is the MOST cost-effective?', answer: 'S3 Glacier Deep Archive', topics: ['s3', 's3-glacier'], domain: 4 },
    { stem: 'Which RDS feature keeps a synchronous standby in another Availability Zone with automatic failover?', answer: 'Multi-AZ deployment', topics: ['rds'], domain: 2 },
    { stem: 'How should an application on EC2 get credentials to read a DynamoDB table?', answer: 'Attach an IAM role with least privilege permissions', topics: ['ec2', 'iam', 'dynamodb'], domain: 1 },
    { stem: 'Global users see high latency when downloading static files from one Region. What improves performance?', answer: 'Serve the files through Amazon CloudFront', topics: ['cloudfront', 's3'], domain: 3 },
    { stem: 'Which service decouples the web tier from the workers so that a burst of orders is not lost?', answer: 'Amazon SQS queue', topics: ['sqs'], domain: 2 },
    { stem: 'Which purchasing option gives the lowest price for interruption-tolerant batch jobs?', answer: 'Spot Instances', topics: ['ec2'], domain: 4 },
    { stem: 'Which firewall is stateful and attached to instances?', answer: 'Security groups', topics: ['vpc'], domain: 1 },
    { stem: 'A read-heavy application overloads its database. Which service adds an in-memory cache?', answer: 'Amazon ElastiCache', topics: ['elasticache', 'rds'], domain: 3 },
  ],
  'DVA-C02': [
    { stem: 'Which resources does a CloudFormation stack update replace?', answer: 'Resources whose replacement property changed', topics: ['cloudformation'], domain: 3 },
    { stem: 'In the context of Amazon API Gateway, which stack of services builds a serverless API?', answer: 'API Gateway with Lambda and DynamoDB', topics: ['api-gateway'], domain: 1 },
    { stem: 'Every object uploaded to the bucket must be encrypted with SSE-KMS. What should the developer add?', answer: 'A bucket policy that denies PutObject without the server-side encryption header', topics: ['s3', 'kms'], domain: 2 },
    { stem: 'Which S3 feature invokes a Lambda function each time an object is created?', answer: 'S3 Event Notifications', topics: ['s3', 'lambda'], domain: 1 },
    { stem: 'Which service collects application logs and raises an alarm when errors pass a threshold?', answer: 'Amazon CloudWatch', topics: ['cloudwatch'], domain: 4 },
    { stem: 'Which file tells CodeDeploy how to shift traffic to a new Lambda version?', answer: 'appspec.yml', topics: ['codedeploy', 'lambda'], domain: 3 },
    { stem: 'Which service models the release process from source to production?', answer: 'AWS CodePipeline', topics: ['codepipeline'], domain: 3 },
    { stem: 'Which Elastic Beanstalk policy launches a fresh set of instances and swaps them in?', answer: 'Immutable', topics: ['elastic-beanstalk'], domain: 3 },
    { stem: 'Which command packages and deploys a serverless application from a template?', answer: 'sam deploy', topics: ['sam', 'cloudformation'], domain: 3 },
    { stem: 'What is the largest payload a KMS key can encrypt directly?', answer: '4 KB', topics: ['kms'], domain: 2 },
    { stem: 'How should code on EC2 get credentials to write to a DynamoDB table?', answer: 'An IAM role attached through an instance profile', topics: ['iam', 'ec2', 'dynamodb'], domain: 2 },
    { stem: 'Which Cognito component gives app users temporary AWS credentials?', answer: 'An identity pool', topics: ['cognito'], domain: 2 },
    { stem: 'Which call returns temporary credentials for a role in another account?', answer: 'AssumeRole', topics: ['sts'], domain: 2 },
    { stem: 'Which service draws a service map of the calls between microservices?', answer: 'AWS X-Ray', topics: ['x-ray'], domain: 4 },
    { stem: 'Which operation reads items by partition key without reading the whole table?', answer: 'Query', topics: ['dynamodb'], domain: 1 },
    { stem: 'A consumer needs more time before a message becomes visible again. What should change?', answer: 'The visibility timeout', topics: ['sqs'], domain: 1 },
    { stem: 'Which DynamoDB add-on serves reads with microsecond latency?', answer: 'DynamoDB Accelerator (DAX)', topics: ['dax', 'dynamodb'], domain: 4 },
    { stem: 'How can several functions share libraries without bundling them in each deployment package?', answer: 'Lambda layers', topics: ['lambda'], domain: 3 },
    { stem: 'Where can a function read a database password stored as a SecureString?', answer: 'Systems Manager Parameter Store', topics: ['parameter-store'], domain: 2 },
    { stem: 'Which API Gateway feature gives one API dev and prod stages with different stage variables?', answer: 'Stages', topics: ['api-gateway'], domain: 3 },
    { stem: 'Which service records who called DeleteTable?', answer: 'AWS CloudTrail', topics: ['cloudtrail'], domain: 4 },
    { stem: 'Which port does the daemon listen on?', answer: 'UDP 2000', topics: [], headings: ['Developer notes', 'AWS X-Ray'], domain: 4 },
    { stem: 'What happens to messages a function cannot process after the maximum receives?', answer: 'They move to the dead-letter queue', topics: [], headings: ['Amazon SQS'], domain: 1 },
  ],
  'SOA-C03': [
    { stem: 'Which component must be installed to publish memory utilisation metrics from EC2?', answer: 'The CloudWatch agent', topics: ['cloudwatch', 'ec2'], domain: 1 },
    { stem: 'How far back can an RDS instance be restored with automated backups?', answer: 'To any point in time within the retention period', topics: ['rds'], domain: 2 },
    { stem: 'Which feature deploys one template as stacks across many accounts and Regions?', answer: 'CloudFormation StackSets', topics: ['cloudformation'], domain: 3 },
    { stem: 'Instances in a private subnet need outbound internet access. What should be added to the route table?', answer: 'A route to a NAT gateway', topics: ['vpc'], domain: 5 },
    { stem: 'Which feature finds resources shared with an external account?', answer: 'IAM Access Analyzer', topics: ['access-analyzer', 'iam'], domain: 4 },
    { stem: 'Which record type maps a domain apex to a load balancer at no charge per query?', answer: 'A Route 53 alias record', topics: ['route-53', 'elb'], domain: 5 },
  ],
  'DBS-C01': [
    { stem: 'Writes concentrate on a few keys and get throttled. What should change in the table design?', answer: 'A partition key with higher cardinality to avoid a hot partition', topics: ['dynamodb'], domain: 1 },
    { stem: 'Which tool converts an Oracle schema before a heterogeneous migration to Aurora PostgreSQL?', answer: 'AWS Schema Conversion Tool', topics: ['schema-conversion-tool', 'database-migration-service', 'aurora'], domain: 2 },
    { stem: 'A static parameter was changed in the DB parameter group. When does it take effect?', answer: 'After the instance is rebooted', topics: ['rds'], domain: 3 },
    { stem: 'Which feature shows the SQL statements that add the most database load?', answer: 'Performance Insights', topics: ['rds'], domain: 4 },
    { stem: 'How is an existing unencrypted RDS instance encrypted at rest?', answer: 'Copy a snapshot with a KMS key and restore from the encrypted copy', topics: ['rds', 'kms'], domain: 5 },
  ],
  'DEA-C01': [
    { stem: 'Which service ingests clickstream records in real time with ordering per shard?', answer: 'Kinesis Data Streams', topics: ['kinesis-data-streams'], domain: 1 },
    { stem: 'Which component discovers the schema of new S3 partitions and updates the Data Catalog?', answer: 'A Glue crawler', topics: ['glue', 's3'], domain: 2 },
    { stem: 'Which service lets analysts profile datasets and check data quality without code?', answer: 'AWS Glue DataBrew', topics: ['glue-databrew'], domain: 3 },
    { stem: 'Analysts may see only some columns of a table in the data lake. What grants column-level access?', answer: 'Lake Formation permissions', topics: ['lake-formation'], domain: 4 },
    { stem: 'Which service discovers PII stored in S3 buckets?', answer: 'Amazon Macie', topics: ['macie', 's3'], domain: 4 },
  ],
  'AIF-C01': [
    { stem: 'Which kind of learning trains a model on labelled examples?', answer: 'Supervised learning', topics: ['sagemaker'], domain: 1 },
    { stem: 'Which service finds the sentiment of customer reviews?', answer: 'Amazon Comprehend', topics: ['comprehend'], domain: 1 },
    { stem: 'What is a hallucination of a large language model?', answer: 'A fluent answer that is not true', topics: ['bedrock'], domain: 2 },
    { stem: 'How can a foundation model answer from company documents without fine-tuning?', answer: 'Retrieval augmented generation with a Bedrock knowledge base', topics: ['bedrock'], domain: 3 },
    { stem: 'Which feature blocks harmful content in the prompts and responses of a Bedrock application?', answer: 'Guardrails for Amazon Bedrock', topics: ['bedrock'], domain: 4 },
    { stem: 'Which service detects sensitive data such as PII in the training data bucket?', answer: 'Amazon Macie', topics: ['macie', 's3'], domain: 5 },
  ],
  'SAP-C02': [
    { stem: 'How can a company stop every account in an OU from leaving approved Regions?', answer: 'A service control policy in AWS Organizations', topics: ['organizations'], domain: 1 },
    { stem: 'Which disaster recovery strategy keeps only the core database running in a second Region to meet a one-hour RTO at low cost?', answer: 'Pilot light', topics: ['rds', 'route-53'], domain: 2 },
    { stem: 'Which service lists underutilized instances in an existing environment?', answer: 'AWS Trusted Advisor', topics: ['trusted-advisor'], domain: 3 },
    { stem: 'Which service rehosts physical servers on EC2 with continuous block replication?', answer: 'AWS Application Migration Service', topics: ['application-migration-service', 'ec2'], domain: 4 },
  ],
  'DOP-C02': [
    { stem: 'Which file defines the unit test commands that CodeBuild runs?', answer: 'buildspec.yml', topics: ['codebuild'], domain: 1 },
    { stem: 'How can an engineer find resources changed outside CloudFormation?', answer: 'Drift detection on the stack', topics: ['cloudformation'], domain: 2 },
    { stem: 'Which Aurora feature recovers a database in another Region within a minute?', answer: 'Aurora Global Database with cross-Region failover', topics: ['aurora'], domain: 3 },
    { stem: 'How can logs from many accounts be streamed to one place in near real time?', answer: 'CloudWatch Logs subscription filters to Kinesis Data Streams', topics: ['cloudwatch', 'kinesis-data-streams'], domain: 4 },
    { stem: 'How can a finding be remediated automatically as soon as it is raised?', answer: 'An EventBridge rule that invokes a Lambda function', topics: ['eventbridge', 'guardduty', 'lambda'], domain: 5 },
    { stem: 'How are database credentials rotated automatically?', answer: 'Secrets Manager rotation with a Lambda function', topics: ['secrets-manager'], domain: 6 },
  ],
};

/** One case per rule added for the DVA-C02 blind check: the rule, then the question that pins it. */
const DVA_RULES: [string, Case][] = [
  ['a Lambda test event is Deployment (testing in development environments)', { stem: 'In the context of AWS Lambda, what best describes Test?', answer: 'Runs the function with a preset input and shows output and metrics', topics: ['lambda'], headings: ['Serverless', 'Lambda'], domain: 3 }],
  ['S3 versioning is a storage feature, not a deployment version', { stem: 'In the context of Amazon S3, what best describes Versioning?', answer: 'Uploading an existing key creates a new version', topics: ['s3'], headings: ['S3'], domain: 1 }],
  ['a Lambda version is Deployment', { stem: 'What does publishing a new version of a function create?', answer: 'An immutable snapshot of code and configuration', topics: ['lambda'], headings: ['Serverless', 'Lambda'], domain: 3 }],
  ['what ElastiCache is belongs to data stores, not to optimisation', { stem: 'Which AWS service matches this description: "fully managed in-memory data store on top of Redis or Memcached"?', answer: 'ElastiCache', topics: ['elasticache'], headings: ['ElastiCache'], domain: 1 }],
  ['CloudFront caching is Troubleshooting and Optimization', { stem: 'What decides whether CloudFront serves a request from its cache?', answer: 'The cache key built from the cache policy', topics: ['cloudfront'], headings: ['CloudFront'], domain: 4 }],
  ['EC2 memory is an instance basic, not Lambda memory tuning', { stem: 'In the context of Amazon EC2, what best describes RAM?', answer: 'How much volatile memory', topics: ['ec2'], headings: ['EC2'], domain: 1 }],
  ['EC2 user data bootstraps software, so it is Deployment', { stem: 'What best describes EC2 User Data?', answer: 'Script launch on first start up of instance', topics: ['ec2'], headings: ['EC2'], domain: 3 }],
  ['a chapter title above the section counts little ("Deployment, Builds" above X-Ray)', { stem: 'Which value completes this statement about X-Ray: "1 request/s & _____ of any additional request per host"?', answer: '5%', explanation: 'X-Ray applies a sampling algorithm by default', topics: ['x-ray'], headings: ['Repos, Deployment, Builds, and CI/CD', 'X-Ray'], domain: 4 }],
  ['the longer phrase wins: SNS message filtering is a filter policy, not messaging', { stem: 'In the context of Integration & Messaging, what best describes Message Filtering?', answer: 'JSON policy used to filter messages sent to SNS topic subscriptions', topics: ['sns'], headings: ['Integration & Messaging', 'SNS'], domain: 4 }],
  ['a service name is not a subject word ("Kinesis Data Stream Security" is about security)', { stem: 'In the context of Kinesis Data Stream Security, which term matches this description: "writing, Put, Describe"?', answer: 'Producers', topics: ['kinesis-data-streams'], headings: ['Analytics', 'Kinesis Data Stream', 'Kinesis Data Stream Security'], domain: 2 }],
  ['a demo heading that says "Build" is not about builds', { stem: 'Which term matches this description: "JavaScript in the browser calls a backend API built using Lambda and API Gateway"?', answer: 'RESTful API', topics: ['lambda', 'api-gateway'], headings: ['Amazon Web Services', 'DEMO - Build a Serverless Web Application'], domain: 1 }],
  ['health reporting is Troubleshooting and Optimization', { stem: 'Which value completes this statement about Basic Health Reporting (Elastic Beanstalk): "in worker environments the SQS queue must be polled every _____"?', answer: '3 minutes', topics: ['elastic-beanstalk', 'sqs'], headings: ['Compute', 'AWS Elastic Beanstalk', 'Health Monitoring'], domain: 4 }],
  // Second blind check.
  ['a queue access policy (who can send and receive) is Security', { stem: 'In the context of Amazon SQS, what best describes Access policy?', answer: 'Defines who can send and who can receive', topics: ['sqs'], headings: ['SQS'], domain: 2 }],
  ['an S3 access control list is Security', { stem: 'In the context of Amazon S3, which term matches this description: "less common (can be disabled)"?', answer: 'Bucket Access Control List', topics: ['s3'], headings: ['S3'], domain: 2 }],
  ['ECS service auto scaling is Troubleshooting and Optimization', { stem: 'In the context of ECS Service Auto Scaling, what best describes Scheduled Scaling?', answer: 'Based on specific date/time', topics: ['ecs'], headings: ['Docker in AWS', 'ECS'], domain: 4 }],
  ['a Step Functions state is workflow development, though its answer says "test"', { stem: 'In the context of AWS Step Functions, what best describes Choice State?', answer: 'Test for a condition to send to a branch (or default branch)', topics: ['step-functions'], headings: ['Serverless', 'Step Functions'], domain: 1 }],
  ['S3 multipart upload is development with S3, even under a performance heading', { stem: 'Which value completes this statement about Multi-Part upload (S3 Baseline Performance): "must use for files > _____"?', answer: '5 GB', topics: ['s3'], headings: ['S3', 'S3 Advanced Features'], domain: 1 }],
  ['an ECS placement expression is not a database query', { stem: 'In the context of Amazon ECS, what best describes memberOf?', answer: 'Place task on instances that satisfy an expression. Uses the Cluster Query Language', topics: ['ecs'], headings: ['Docker in AWS', 'ECS'], domain: 3 }],
  ['a CloudFront query string is part of the cache key, not a database query', { stem: 'In the context of Amazon CloudFront, what best describes Query String?', answer: 'None - Whitelist - Include All-Except - All', topics: ['cloudfront'], headings: ['CloudFront'], domain: 4 }],
  ['a DynamoDB query is still development', { stem: 'Which DynamoDB operation reads only the items of one partition key?', answer: 'Query', topics: ['dynamodb'], headings: ['DynamoDB'], domain: 1 }],
  ['a table change log is a stream, not logging', { stem: 'Which value completes this statement about DynamoDB (Amazon DynamoDB): "Time-ordered change log for the table, stored for _____"?', answer: '24 hours', topics: ['dynamodb'], headings: ['DynamoDB'], domain: 1 }],
  ['Lambda logs are still Troubleshooting and Optimization', { stem: 'Where do the logs that a function writes to stdout go?', answer: 'A CloudWatch Logs log stream of the function', topics: ['lambda', 'cloudwatch'], headings: ['Lambda'], domain: 4 }],
  ['a chapter title repeated in the stem counts as a chapter title ("AWS Monitoring & Audit" above EventBridge)', { stem: 'In the context of AWS Monitoring & Audit, what best describes Event Pattern?', answer: 'Event rules to react to a service doing something', topics: ['eventbridge'], headings: ['AWS Monitoring & Audit', 'EventBridge'], domain: 1 }],
  ['a CloudWatch check that tests a web page is monitoring, not deployment testing', { stem: 'In the context of Amazon CloudWatch, which term matches this description: "verifies that actions can be taken on your webpage (ex. test login form)"?', answer: 'GUI Workflow Builder', topics: ['cloudwatch'], headings: ['AWS Monitoring & Audit', 'CloudWatch'], domain: 4 }],
  ['Systems Manager parameters are Parameter Store, so Security', { stem: 'Which value completes this statement about Advanced tier (AWS Systems Manager): "max _____ parameter size"?', answer: '8 KB', topics: ['systems-manager'], headings: ['AWS Security & Encryption', 'SSM'], domain: 2 }],
];

interface ScopeCase extends Omit<Case, 'domain'> {
  /** Exams the question must be in (true) or kept out of (false). */
  exams: Record<string, boolean>;
}

const SCOPE_RULES: [string, ScopeCase][] = [
  ['Route 53 routing policies are not DVA-C02 material', { stem: 'Which statement about Weighted Routing Policy (Amazon Route 53) is correct?', answer: 'Weights decide the share of traffic', topics: ['route-53'], headings: ['DNS', 'Route 53'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'CLF-C02': true } }],
  ['EC2 purchasing options are not DVA-C02 material', { stem: 'In the context of Amazon EC2, which term is similar to reserved instance but on a recurring schedule?', answer: 'Scheduled', topics: ['ec2'], headings: ['Compute', 'Amazon EC2'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['EC2 placement groups are not DVA-C02 material', { stem: 'Which value completes this statement about Partition (EC2 - Placement Groups): "up to _____ per AZ"?', answer: '7 partitions', topics: ['ec2'], headings: ['EC2', 'EC2 - Placement Groups'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['prices are not DVA-C02 material', { stem: 'Which value completes this statement about Lambda Pricing: "rounded up to the nearest _____"?', answer: '1 ms', topics: ['lambda'], headings: ['Serverless', 'Lambda', 'Lambda Pricing'], exams: { 'DVA-C02': false, 'CLF-C02': true } }],
  ['a price mentioned only in the fact does not make the question about pricing', { stem: 'Which value completes this statement about Instant Retrieval (Amazon S3 Glacier): "minimum _____ storage duration"?', answer: '90 days', explanation: 'low-cost object storage, price for storage + object retrieval; Instant Retrieval - minimum 90 day storage duration', topics: ['s3', 's3-glacier'], headings: ['S3', 'S3 Storage Classes'], exams: { 'DVA-C02': true } }],
  ['the deepest heading names the subject: Organizations under "IAM Advanced"', { stem: 'In the context of AWS Organizations, what best describes Multi Account Strategy?', answer: 'Separate accounts for different departments', topics: ['iam', 'organizations'], headings: ['IAM Advanced', 'AWS Organizations'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['a plural heading still names its service ("AWS Directory Services")', { stem: 'Which statement about Simple AD is correct?', answer: 'Cannot be joined with on-premises AD', topics: ['iam', 'directory-service'], headings: ['IAM Advanced', 'AWS Directory Services'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['a Well-Architected pillar that lists Lambda is not a Lambda question', { stem: 'In the context of the Well-Architected Framework, which term matches this description: "ASG, AWS Lambda"?', answer: 'Matching supply and demand', topics: ['well-architected', 'ec2-auto-scaling', 'lambda'], headings: ['Solution Architectures', 'AWS Well-Architected Framework'], exams: { 'DVA-C02': false, 'CLF-C02': true } }],
  ['Session Manager is operations material', { stem: 'What best describes SSM Session Manager?', answer: 'SSH to EC2 without bastion hosts or SSH keys', topics: ['systems-manager', 'ec2'], headings: ['Other Services', 'SSM - Session Manager'], exams: { 'DVA-C02': false, 'SOA-C03': true } }],
  ['VPC network design is architecture material', { stem: 'In the context of Amazon VPC, which term connects two VPCs privately?', answer: 'VPC peering', topics: ['vpc'], headings: ['Networking - VPC', 'VPC Peering'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['EC2 facts are not AI knowledge', { stem: 'In the context of Amazon EC2, what best describes Spot?', answer: 'Unused capacity at a discount', topics: ['ec2'], headings: ['EC2'], exams: { 'AIF-C01': false, 'CLF-C02': true } }],
  ['an ML service stays in AI Practitioner', { stem: 'Which service extracts text and tables from scanned documents?', answer: 'Amazon Textract', topics: ['textract', 's3'], headings: ['Machine Learning', 'Textract'], exams: { 'AIF-C01': true } }],
  ['Route 53 routing is not database knowledge', { stem: 'Which statement about Latency Routing Policy is correct?', answer: 'Latency is measured between users and Regions', topics: ['route-53'], headings: ['DNS', 'Route 53'], exams: { 'DBS-C01': false, 'SAA-C03': true } }],
  ['an RDS fact stays in the database specialty', { stem: 'How long can automated RDS backups be kept?', answer: 'Up to 35 days', topics: ['rds'], headings: ['RDS'], exams: { 'DBS-C01': true } }],
  ['EC2 instance types are not data engineering', { stem: 'Which statement about Memory Optimized instances is correct?', answer: 'Fit for in-memory processing of large data sets', topics: ['ec2'], headings: ['EC2', 'EC2 Instance Types'], exams: { 'DEA-C01': false, 'SAA-C03': true } }],
  ['a Kinesis fact stays in data engineering', { stem: 'What is the default retention of a Kinesis data stream?', answer: '24 hours', topics: ['kinesis-data-streams'], headings: ['Kinesis Data Streams'], exams: { 'DEA-C01': true, 'DVA-C02': true } }],
  ['"Health Monitoring" in a heading is not AWS Health', { stem: 'What is checked?', answer: 'The instances', topics: [], headings: ['Compute', 'Health Monitoring'], exams: { 'DVA-C02': false, 'CLF-C02': false } }],
  // Second DVA-C02 blind check: subjects the exam does not test stay with the exams that do.
  ['service history is trivia', { stem: 'Which value completes this statement about Amazon SQS: "oldest offering - over _____"?', answer: '10 years', topics: ['sqs'], headings: ['Integration & Messaging', 'SQS'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['a price in dollars is pricing, though no pricing word is said', { stem: 'Which value completes this statement about AWS Lambda: "per duration: 400k GB/sec of compute time free, then $1.00 for 600k GB/sec in _____ increments"?', answer: '1 ms', topics: ['lambda'], headings: ['Serverless', 'Lambda'], exams: { 'DVA-C02': false, 'CLF-C02': true, 'SAA-C03': true } }],
  ['availability percentages are not DVA-C02 material', { stem: 'Which value completes this statement about The Basics (Amazon S3): "Built for _____ availability for S3 platform"?', answer: '99.99%', topics: ['s3'], headings: ['S3', 'The Basics'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'CLF-C02': true } }],
  ['S3 storage classes stay in DVA-C02 (the guide names S3 tiers)', { stem: 'In the context of Amazon S3, what best describes One Zone-Infrequent Access?', answer: 'High durability within a single AZ, data lost if AZ destroyed', topics: ['s3'], headings: ['S3', 'S3 Storage Classes'], exams: { 'DVA-C02': true, 'SAA-C03': true } }],
  ['a deprecated storage class is not tested', { stem: 'What best describes S3 Reduced Redundancy Storage?', answer: 'Stores noncritical data with less redundancy', topics: ['s3'], headings: ['S3', 'Storage Classes', 'S3 Reduced Redundancy Storage'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['EFS storage tiers are architecture material', { stem: 'In the context of Amazon EFS, which term matches this description: "lifecycle management features, can set to rules to transition between IA and out of it"?', answer: 'Storage Tiers', topics: ['ec2', 'efs'], headings: ['EC2 Instance Storage', 'EFS'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['EBS volume IOPS are architecture material', { stem: 'Which value completes this statement about Amazon EBS: "small volumes can burst to _____"?', answer: '3000 IOPS', topics: ['ec2', 'ebs'], headings: ['EC2 Instance Storage', 'EBS'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'SOA-C03': true } }],
  ['what EBS is stays in DVA-C02 (storage options)', { stem: 'Which AWS service matches this description: "a network drive you can attach to an instance while they run"?', answer: 'Amazon EBS', topics: ['ec2', 'ebs'], headings: ['EC2 Instance Storage', 'EBS'], exams: { 'DVA-C02': true, 'SAA-C03': true } }],
  ['Aurora storage internals are architecture material', { stem: 'In the context of Amazon Aurora, which term matches this description: "storage automatically grows without the need of monitoring or provisioning"?', answer: 'Auto Expanding', topics: ['aurora'], headings: ['Aurora'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['Aurora replica counts are architecture figures', { stem: 'Which value completes this statement about Aurora (Amazon Aurora): "Self Replicating can have _____ with faster replication process (sub 10ms replica lag)"?', answer: '15 replicas', topics: ['aurora'], headings: ['Aurora'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'DBS-C01': true } }],
  ['an Aurora endpoint stays in DVA-C02: only replica figures are trivia', { stem: 'In the context of Aurora DB Cluster, what best describes Writer Endpoint?', answer: 'DNS name that always points to the master, so client can maintain connection on failover', topics: ['aurora'], headings: ['Aurora'], exams: { 'DVA-C02': true, 'SAA-C03': true } }],
  ['EKS node groups are cluster operations', { stem: 'In the context of Amazon EKS, which term matches this description: "creates and manages nodes (EC2 instances) for you"?', answer: 'Managed Node Groups', topics: ['eks', 'ec2'], headings: ['Docker in AWS', 'EKS'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['load balancer target groups are networking material', { stem: 'In the context of Elastic Load Balancing, what best describes Target Groups?', answer: 'Group of resource where traffic is routed by ELB', topics: ['elb'], headings: ['Network & Content Delivery', 'Elastic Load Balancer (ELB)', 'ELB Components'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'SOA-C03': true } }],
  ['a generic directory protocol is not DVA-C02 material', { stem: 'In the context of Amazon Cognito, which term matches this description: "vendor neutral, open protocol for accessing and maintaining distributed directory information services over IP network"?', answer: 'LDAP', topics: ['cognito'], headings: ['Cognito'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['OIDC federation stays in DVA-C02', { stem: 'In the context of Amazon Cognito, which term matches this description: "open authentication protocol that works on top of OAuth 2, enables SSO"?', answer: 'OIDC', topics: ['cognito'], headings: ['Cognito'], exams: { 'DVA-C02': true } }],
  ['logging in to an instance over SSH is administration basics', { stem: 'In the context of Amazon EC2, what best describes SSH?', answer: 'Start a terminal into EC2 instance on port 22', topics: ['ec2'], headings: ['EC2'], exams: { 'DVA-C02': false, 'SAA-C03': true, 'CLF-C02': true } }],
  ['SSH access to a CodeCommit repository stays in DVA-C02', { stem: 'Which protocols can a developer use to clone a CodeCommit repository?', answer: 'HTTPS and SSH', topics: ['codecommit'], headings: ['CodeCommit'], exams: { 'DVA-C02': true } }],
  ['Cognito Sync is deprecated', { stem: 'In the context of Amazon Cognito, what best describes Push synchronization?', answer: 'If user settings change these changes can be pushed to all devices', topics: ['cognito'], headings: ['Cognito', 'Cognito Identity Pools(CIP)'], exams: { 'DVA-C02': false, 'SAA-C03': true } }],
  ['a value chosen in a demo is not a fact about AWS', { stem: 'Which value completes this statement about EC2: "add storage, _____ is enough"?', answer: '8 GB', topics: ['ec2'], headings: ['Amazon Web Services', 'DEMO - Hands on Implementation - Build Employee Directory App'], exams: { 'DVA-C02': false, 'CLF-C02': true } }],
  ['a concept from a demo stays: only its values are out', { stem: 'Which term matches this description: "amazon DynamoDB provides a persistence layer where data can be stored by the API\'s Lambda function"?', answer: 'Serverless Backend', topics: ['dynamodb', 'lambda'], headings: ['Amazon Web Services', 'DEMO - Build a Serverless Web Application'], exams: { 'DVA-C02': true } }],
];

describe('DVA-C02 domain rules', () => {
  it.each(DVA_RULES)('%s', (_rule, c) => {
    expect(domainIn('DVA-C02', c)).toBe(c.domain);
  });
});

describe('scope rules', () => {
  it.each(SCOPE_RULES)('%s', (_rule, c) => {
    const codes = classify(question(c), certs).map((p) => p.cert);
    expect(Object.fromEntries(Object.keys(c.exams).map((code) => [code, codes.includes(code)]))).toEqual(c.exams);
  });
});

describe('classify golden tables', () => {
  for (const [code, cases] of Object.entries(GOLDEN)) {
    describe(code, () => {
      it.each(cases.map((c) => [c.stem, c] as const))('%s', (_stem, c) => {
        expect(domainIn(code, c)).toBe(c.domain);
      });
    });
  }
});

describe('classify', () => {
  it('places a question in every exam that covers its service, unless the exam keeps that service out', () => {
    const codes = classify(question({ stem: 'What is a Lambda layer?', topics: ['lambda'] }), certs).map((p) => p.cert);
    // DBS-C01 and AIF-C01 list Lambda in scope but keep facts about Lambda alone out.
    expect(codes).toEqual(['CLF-C02', 'SAA-C03', 'DVA-C02', 'SOA-C03', 'DEA-C01', 'SAP-C02', 'DOP-C02']);
  });

  it('places a question in no exam when none has its service in scope', () => {
    expect(classify(question({ stem: 'What does it do?', topics: ['ground-station'] }), certs)).toEqual([]);
  });

  it('skips an exam whose scope misses the topic', () => {
    expect(domainIn('AIF-C01', { stem: 'Which tool builds a pipeline?', topics: ['codepipeline'] })).toBeUndefined();
  });

  it('returns [] for a question with no topics and no service in its headings', () => {
    expect(classify(question({ stem: 'What is it?', topics: [], headings: ['Chapter 1'] }), certs)).toEqual([]);
  });

  it('does not read an everyday word in a heading as a service', () => {
    expect(classify(question({ stem: 'What is it?', topics: [], headings: ['Backup and config'] }), certs)).toEqual([]);
  });

  it('ignores distractors: only correct options count as subject', () => {
    const q = question({ stem: 'Which service records API calls?', answer: 'AWS CloudTrail', topics: ['cloudtrail'] });
    q.options = ['AWS CloudTrail', 'encrypt, decrypt, IAM role, KMS key, credentials'];
    expect(classify(q, certs).find((p) => p.cert === 'DVA-C02')?.domain).toBe(4);
  });

  it('falls back to the spec fallback domain when nothing else speaks', () => {
    const spec = certs.find((c) => c.code === 'DVA-C02')!;
    expect(domainIn('DVA-C02', { stem: 'What is it?', answer: 'Yes', topics: ['serverless-application-repository'] })).toBe(spec.fallbackDomain);
  });

  it('works with a hand-made spec without the stored extras', () => {
    const spec: CertSpec = {
      code: 'TST-C01', alias: 'tst', name: 'Test', level: 'Associate', questions: 10, minutes: 10, passScore: 700, status: 'current',
      inScope: ['s3', 'kms'],
      domains: [
        { id: 1, name: 'Storage', weight: 60, keyServices: ['Amazon S3'], services: ['s3'], topicWords: ['bucket*'] },
        { id: 2, name: 'Security', weight: 40, keyServices: ['AWS KMS'], services: ['kms'], topicWords: ['encrypt*'] },
      ],
    };
    expect(classify(question({ stem: 'How are objects encrypted?', topics: ['s3'] }), [spec])).toEqual([{ cert: 'TST-C01', domain: 2 }]);
  });

  it('tolerates missing fields', () => {
    const junk = { topics: ['s3'] } as unknown as Classifiable;
    expect(classify(junk, certs).length).toBeGreaterThan(0);
    expect(classify(question({ stem: 'x', topics: ['s3'] }), [])).toEqual([]);
  });

  it('places a long question alike wherever it stands in its note', () => {
    const base = question({
      stem: 'An application stores uploads in S3, queues work in SQS and a Lambda function writes results to DynamoDB. Which change encrypts the data and adds alarms?',
      answer: 'Use KMS keys and CloudWatch alarms with a deployment pipeline',
      explanation: 'A long explanation about monitoring, metrics, deployment, encryption, IAM roles, queues, streams and caching. '.repeat(4),
      topics: ['s3', 'sqs', 'lambda', 'dynamodb'],
      headings: ['AWS Developer', 'Storage', 'Amazon S3'],
    });
    const first = classify(base, certs);
    expect(first.map((p) => p.cert)).toContain('DVA-C02');
    const moved = Array.from({ length: 5000 }, (_, i) => ({ ...base, source: { ...base.source, line: i + 1, endLine: i + 2 } }));
    expect(moved.filter((q) => JSON.stringify(classify(q, certs)) !== JSON.stringify(first))).toEqual([]);
  });
});

describe('classify invariants', () => {
  const ids = [...new Set(certs.flatMap((c) => c.inScope))].sort();
  const pick = (seed: number, n: number): string[] => Array.from({ length: n }, (_, i) => ids[(seed * 7919 + i * 104729) % ids.length]);

  it('names only domains that exist in the placed exam, at most once per exam', () => {
    for (let seed = 0; seed < 300; seed++) {
      const placements = classify(question({ stem: `Question ${seed} about encryption, metrics and deployment`, topics: pick(seed, 1 + (seed % 3)) }), certs);
      expect(new Set(placements.map((p) => p.cert)).size).toBe(placements.length);
      for (const p of placements) expect(certs.find((c) => c.code === p.cert)!.domains.map((d) => d.id)).toContain(p.domain);
    }
  });

  it('gives the same answer for the same question', () => {
    const q = question({ stem: 'Which service encrypts the bucket?', topics: ['s3', 'kms'] });
    expect(classify(q, certs)).toEqual(classify(q, certs));
  });
});
