/** Deterministic synthetic notes in the styles the extractor knows, for benchmarks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVICES = [
  ['Amazon S3', 'object storage with buckets and keys'], ['Amazon EBS', 'block storage volumes for EC2 instances'],
  ['Amazon EFS', 'a shared NFS file system for Linux instances'], ['Amazon DynamoDB', 'a key-value and document NoSQL database'],
  ['Amazon RDS', 'managed relational databases'], ['Amazon Aurora', 'a MySQL and PostgreSQL compatible cloud database'],
  ['Amazon SQS', 'a managed message queue that decouples producers and consumers'], ['Amazon SNS', 'publish and subscribe notifications'],
  ['AWS Lambda', 'functions that run code without servers'], ['Amazon API Gateway', 'create, publish and secure APIs'],
  ['Amazon CloudFront', 'a content delivery network with edge locations'], ['Amazon Route 53', 'a DNS service with health checks'],
  ['AWS KMS', 'creates and controls encryption keys'], ['Amazon Cognito', 'user sign-up, sign-in and identity federation'],
  ['AWS X-Ray', 'traces requests through distributed applications'], ['Amazon CloudWatch', 'metrics, logs and alarms'],
  ['AWS CloudTrail', 'records API calls made in an account'], ['AWS CodeDeploy', 'automates application deployments'],
  ['AWS CodePipeline', 'continuous delivery pipelines'], ['AWS Elastic Beanstalk', 'deploys and scales web applications'],
  ['Amazon Kinesis Data Streams', 'real-time streaming data ingestion'], ['AWS Step Functions', 'orchestrates workflows as state machines'],
  ['Amazon ElastiCache', 'in-memory caching with Redis or Memcached'], ['Amazon ECS', 'runs Docker containers on a managed cluster'],
];
const UNITS = [['seconds', 900], ['minutes', 60], ['days', 365], ['GB', 512], ['MB', 256], ['KB', 400], ['percent', 100]];
const WORDS = 'request item partition shard queue message bucket object version policy role key table index stream record function layer alias stage deployment'.split(' ');

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One note of about `bytes` bytes; `style` picks the dominant shape. */
export function note(seed, bytes, style = 'mixed') {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = [];
  let size = 0;
  const push = (line) => {
    out.push(line);
    size += line.length + 1;
  };
  let section = 0;
  while (size < bytes) {
    const [svc, what] = pick(SERVICES);
    section++;
    push(`# ${svc} part ${seed}-${section}`);
    push('');
    if (style === 'biglist') {
      // One huge nested list, as in long single-file guides.
      for (let i = 0; i < 60 && size < bytes; i++) {
        const [s2, w2] = pick(SERVICES);
        push(`* **${s2} ${pick(WORDS)} ${i}** - ${w2} for ${pick(WORDS)} workloads`);
        push(`  * the default ${pick(WORDS)} limit is ${1 + Math.floor(r() * 500)} ${pick(UNITS)[0]}`);
        push(`    * ${pick(WORDS)} ${pick(WORDS)} is replicated across ${2 + Math.floor(r() * 4)} Availability Zones`);
      }
      continue;
    }
    push(`${svc} is ${what}.`);
    push('');
    push(`## ${svc} features`);
    push('');
    for (let i = 0; i < 6; i++) {
      const [s2, w2] = pick(SERVICES);
      const mark = pick(['**{T}** - {D}', '**{T} :** {D}', '*{T}* - {D}', '{T}: {D}', '{T} -> {D}']);
      const term = `${s2.replace(/^(Amazon|AWS) /, '')} ${pick(WORDS)} ${section}${i}`;
      push(`- ${mark.replace('{T}', term).replace('{D}', `${w2} with ${pick(WORDS)} ${pick(WORDS)}`)}`);
    }
    push('');
    push(`**Limits of ${svc}**`);
    push('');
    for (let i = 0; i < 4; i++) {
      const [unit, max] = pick(UNITS);
      push(`- maximum ${pick(WORDS)} size is ${1 + Math.floor(r() * max)} ${unit}`);
      push(`  - the default ${pick(WORDS)} timeout is ${1 + Math.floor(r() * max)} ${unit}`);
    }
    push('');
    push(`| Type | Use case | Example |`);
    push(`|---|---|---|`);
    for (let i = 0; i < 4; i++) {
      const [s2, w2] = pick(SERVICES);
      push(`| ${pick(WORDS)} ${section}${i} | ${w2} | ${s2} |`);
    }
    push('');
    push(`### Steps to configure ${svc} ${section}`);
    push('');
    for (let i = 1; i <= 4; i++) push(`${i}. ${pick(['Create', 'Attach', 'Enable', 'Verify'])} the ${pick(WORDS)} ${pick(WORDS)}`);
    push('');
    if (r() < 0.3) {
      push('```json');
      push(`{ "Effect": "Allow", "Action": "${pick(WORDS)}:*", "Resource": "*" }`);
      push('```');
      push('');
    }
  }
  return out.join('\n') + '\n';
}

/** Write a corpus of about `totalBytes` into `dir`: many small files plus a few long ones. */
export function writeCorpus(dir, totalBytes, seed = 1) {
  let written = 0;
  let n = 0;
  const files = [];
  while (written < totalBytes) {
    n++;
    const long = n % 25 === 0;
    const bytes = long ? 450_000 : 20_000 + ((n * 7919) % 30_000);
    const style = long ? 'biglist' : 'mixed';
    const sub = join(dir, `topic-${n % 17}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `note-${n}.md`);
    const text = note(seed * 100_000 + n, Math.min(bytes, totalBytes - written + 1000), style);
    writeFileSync(file, text);
    written += Buffer.byteLength(text);
    files.push(file);
  }
  return { files, bytes: written };
}
