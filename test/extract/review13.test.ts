/** Causes found by the thirteenth and fourteenth blind reviews (seeds 777 and 4242, and the profiles), each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

const questions = (note: string) => extract(note, 'review13.md', catalog).questions;
const eligible = (note: string) => questions(note).filter((q) => q.score >= 0.6);

describe('a volume code the stem spells out', () => {
  const note = [
    '# Amazon EBS',
    '',
    '**EBS Volume Types**',
    '',
    '- gp2 / gp3 : general purpose SSD, balances price and performance for most workloads',
    '- io1 / io2 : highest performance SSD for mission-critical low-latency workloads',
    '- st1 : low cost HDD designed for frequently accessed, throughput-intensive workloads',
    '- sc1 : lowest cost HDD designed for less frequently accessed workloads',
    '',
  ].join('\n');

  it('gives gp2 / gp3 away ("general purpose")', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('general purpose'));
    expect(q?.reasons).toContain('giveaway');
  });

  it('leaves codes whose letters the stem does not spell alone', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('mission-critical'));
    expect(q?.reasons ?? ['missing']).not.toContain('giveaway');
  });
});

describe('a context that names an option', () => {
  const note = [
    '# Scalability & High Availability',
    '',
    '- **Scalability** - ability to accommodate a larger load by making the hardware stronger or adding nodes',
    '- **High Availability** - running your application in at least two data centers to survive a loss',
    '- **Elasticity** - automatic scaling so that the capacity follows the load and you pay for what you use',
    '- **Agility** - new IT resources are only a click away, which cuts the time to make them available',
    '',
  ].join('\n');

  it('is left out of a stem that asks for the term', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('larger load'));
    expect(q).toBeDefined();
    expect(q!.stem).not.toMatch(/In the context of Scalability/);
  });

  it('stays in a stem that asks what the term means', () => {
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('Agility'));
    expect(q?.stem).toMatch(/^In the context of Scalability & High Availability, /);
  });
});

describe('the platform a context service runs', () => {
  const note = [
    '# Amazon EKS',
    '',
    '- **Kubernetes** - open-source system for automatic deployment, scaling and management of containers',
    '- **Managed Node Groups** - EKS creates and manages the EC2 nodes for you, in an ASG it manages',
    '- **Self Managed Nodes** - nodes created by you and registered to the EKS cluster, in your own ASG',
    '- **Fargate Mode** - no nodes to maintain, each pod runs on capacity AWS provides',
    '',
  ].join('\n');

  it('is never a wrong option beside the node types ("Kubernetes" in an EKS context)', () => {
    const asked = questions(note).filter((x) => x.kind === 'definition' && x.stem.startsWith('In the context of Amazon EKS') && !answersOf(x).includes('Kubernetes'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.options).not.toContain('Kubernetes');
    }
  });
});

describe('a number with one word beside it', () => {
  it('is a fragment when the word measures nothing ("30 days trial")', () => {
    const q = questions('# Amazon GuardDuty\n\n- 30 days trial\n- uses ML and anomaly detection\n').find((x) => x.kind === 'numeric');
    expect(q?.reasons).toContain('fragment');
  });

  it('is a statement when the word is what the number measures ("99.9% availability")', () => {
    const note = '# S3 Storage Classes\n\n**S3 Standard-IA**\n\n- 99.9% availability\n- for data accessed less often but needing fast access\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.reasons ?? ['missing']).not.toContain('fragment');
  });
});

describe('numeric options', () => {
  it('are told apart by value: 99% beside 99.99% is no duplicate', () => {
    const note = '# Amazon S3\n\n**S3 Standard**\n\n- 99.99% availability\n- for frequently accessed data across three AZs\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.options).toEqual(expect.arrayContaining(['99.99%', '99%']));
    expect(q?.reasons).not.toContain('duplicate-options');
    // The SLA counterpart of the design figure is never offered beside it.
    expect(q?.options).not.toContain('99.9%');
  });
});

describe('a lead-in that introduces examples', () => {
  it('is no term ("Examples includes")', () => {
    const note = [
      '# Database Landscape',
      '',
      '- **Online Transactional Processing** - centered on regular, repeatable business transactions',
      '- **Online Analytical Processing** - runs business intelligence and analytics workloads',
      '- **Online Batch Processing** - processes large volumes of data on a schedule',
      '- **Examples includes** - banking, shopping carts and reservations',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.options.includes('Examples includes') && answersOf(x).includes('Examples includes'));
    expect(q?.score ?? 0).toBeLessThan(0.6);
  });
});

describe('profiles', () => {
  it('need three items: two fit several services too often', () => {
    const note = '# Content Delivery\n\n* **Amazon CloudFront**\n    * caching based on the object name and its Cache Key\n    * you can set the TTL per behaviour\n';
    expect(questions(note).filter((q) => q.stem.includes('all of these'))).toHaveLength(0);
  });

  it('leave out an item with the number in the answer\'s name ("53 is the DNS port")', () => {
    const note = [
      '# DNS',
      '',
      '* **Route 53**',
      '    * 53 is a reference to the traditional DNS port',
      '    * only AWS service with a 100% availability SLA',
      '    * can check the health of your resources with health checks',
      '    * supports public and private hosted zones for your VPC',
      '',
    ].join('\n');
    for (const q of questions(note).filter((x) => x.stem.includes('all of these'))) expect(q.stem).not.toMatch(/\b53\b/);
  });

  it('ask for a family member among the members the note profiles beside it', () => {
    const note = [
      '# Amazon EC2',
      '',
      '## EC2 Purchasing Options',
      '',
      '* **On-Demand Instances**',
      '    * billing per second after the first minute for Linux or Windows',
      '    * highest cost but no upfront payment',
      '    * recommended for short-term and uninterrupted workloads',
      '* **Spot Instances**',
      '    * can lose them at any point if your max price is below the Spot price',
      '    * most cost-efficient instances in AWS, up to 90% off',
      '    * useful for batch jobs, data analysis and image processing',
      '* **Dedicated Hosts**',
      '    * a physical server with EC2 instance capacity fully dedicated to your use',
      '    * helps with compliance requirements and server-bound licences (BYOL)',
      '    * most expensive option, billed per host',
      '',
    ].join('\n');
    const q = eligible(note).find((x) => x.stem.includes('of the following matches all of these') && x.stem.includes('upfront payment'));
    expect(q).toBeDefined();
    expect(answersOf(q!)).toEqual(['On-Demand Instances']);
    expect(q!.options).toEqual(expect.arrayContaining(['Spot Instances', 'Dedicated Hosts']));
    expect(q!.stem).toMatch(/^In the context of Amazon EC2, /);
  });
});
