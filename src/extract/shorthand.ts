/**
 * A note's private shorthand: "no HC, route traffic to single resource", "resources created by ECB".
 * The note's author knows what HC stands for; a reader of the question on an exam screen does not.
 */
import type { CatalogIndex } from '../core/catalog.js';
import { englishWords, type Dictionary } from './dictionary.js';
import { servicesIn } from './lookup.js';
import { anyWordJudged } from './text.js';

/**
 * Abbreviations a learner for an AWS exam reads without help: units, protocols, formats, and the
 * exam guides' own words. AWS service names and acronyms come from the catalog instead.
 */
const KNOWN = new Set(
  `AAAA ACID ACL ACLs AD AES AI AMI AMIs AMQP API APIs ARN ARNs ARP ASN ASYNC AVRO AWS AZ AZs BGP BI CA CAA CapEx
  CD CDN CI CIDR CIFS CLI CMK CMKs CNAME CORS CPU CPUs CRM CRUD CSRF CSV DB DBs DDOS DDoS DEK DHCP DNS DR DSS EB
  ELT ENI ENIs ERP ETL EU FaaS FIFO FIPS FTP FTPS GB GDPR GiB GPU GPUs gRPC GUI HA HDD HIPAA HMAC HSM HTML HTTP
  HTTPS IaaS IaC IANA ICANN ICMP ID IDE IdP IDs IMAP IOPS IoT IP IPs ISO ISP IT JDK JS JSON JVM JWT KB KiB KPI
  LB LDAP LIFO MAC MB MFA MiB ML MQTT MTU MX NAPTR NAT NFS NLP NoSQL NS NTP NVMe OAuth OCR OIDC OK OLAP OLTP
  OpEx ORC ORM OS OU OUs PaaS PB PCI PDF PII PKI PNG POP POSIX PTR QPS RAM RDP REST RI RIs ROI RPO RPS RSA RTO
  SaaS SAML SCP SDK SDKs SFTP SHA SLA SLD SMB SMS SMTP SNMP SOA SOAP SOC SP SPF SQL SRV SSD SSE SSH SSL SSO
  STOMP TB TCO TCP TiB TLD TLS TOTP TPS TSV TTL TXT UDP UI URI URL URLs US UTC UX VM VMs VPN WSS XML XSS YAML`.split(/\s+/),
);

/** A word of two to five letters, two or more of them capitals: "HC", "ECB", "ZoT", "DEVS". */
const ABBREVIATION = /(?<![\w-])(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,5}(?![\w-])/g;

/**
 * A finder of abbreviations the note never spells out and a reader cannot be expected to know. The
 * note spells one out when it writes it in brackets after its words ("Fast Snapshot Restore (FSR)")
 * or its words after it ("ENI - Elastic Network Interfaces", "FSR: Fast Snapshot Restore").
 */
export function shorthandFinder(note: string, catalog: CatalogIndex, english: Dictionary = englishWords()): (text: string) => boolean {
  const unexplained = (word: string): boolean => {
    if (KNOWN.has(word) || english.has(word.toLowerCase())) return false;
    // "ALBs", "KMS": a service or one of its acronyms.
    if (servicesIn(catalog, word).length > 0 || (word.endsWith('s') && servicesIn(catalog, word.slice(0, -1)).length > 0)) return false;
    return !spelledOutIn(note, word);
  };
  return anyWordJudged(ABBREVIATION, unexplained);
}

/** Does the note spell `word` out: "(FSR)" after its words, or "FSR - Fast Snapshot Restore"? */
export function spelledOutIn(note: string, word: string): boolean {
  if (note.includes(`(${word})`)) return true;
  const letters = word.replace(/s$/, '').toUpperCase();
  const after = new RegExp(`(?<![\\w-])${word}\\s*(?:-|–|:|\\()\\s*([A-Za-z][^\\n)]{0,80})`, 'g');
  for (const m of note.matchAll(after)) {
    // The capitalised words that follow, one for each letter: "Elastic Network Interfaces" for ENI.
    const initials = m[1]
      .split(/[\s/-]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.startsWith(letters)) return true;
  }
  return false;
}
