/**
 * A note's private shorthand: "no HC, route traffic to single resource", "resources created by ECB".
 * The note's author knows what HC stands for; a reader of the question on an exam screen does not.
 */
import type { CatalogIndex } from '../core/catalog.js';
import { englishWords, type Dictionary } from './dictionary.js';
import { servicesIn } from './lookup.js';
import { anyWordJudged } from './text.js';

/**
 * Abbreviations a learner for an AWS exam reads without help: units, protocols, formats, DNS record
 * types and the exam guides' own words (a plural "s" is read too: "SSDs"). AWS service names and
 * acronyms come from the catalog instead.
 */
const KNOWN = new Set(
  `AAAA ABAC ACID ACL AD AES AI AMI AMQP API ARN ARP ASN ASYNC AVRO AWS AZ BGP BI CA CAA CD CDN CI CIDR CIFS CLI
  CMK CNAME CORS CPU CRM CRR CRUD CSR CSRF CSS CSV DB DDOS DEK DHCP DNS DR DSS EB ELT ENI ERP ETL EU FIFO FIPS
  FTP FTPS GB GDPR GPU GUI GUID HA HDD HIPAA HMAC HPC HSM HTML HTTP HTTPS IANA ICANN ICMP ID IDE IMAP IOPS IP
  ISO ISP IT JDBC JDK JS JSON JVM JWT KB KPI LB LDAP LIFO LRU MAC MB MFA ML MQTT MTU MX NAPTR NAT NET NFS NLP NS
  NTP OCR ODBC OIDC OK OLAP OLTP ORC ORM OS OU PB PCI PDF PEM PHP PII PKI PNG POP POSIX PTR QPS RAM RBAC RDP
  REST RI ROI RPO RPS RSA RTO SAML SCP SDK SFTP SHA SLA SLD SMB SMS SMTP SNMP SOA SOAP SOC SP SPF SQL SRR SRV
  SSD SSE SSH SSL SSO STOMP TB TCO TCP TLD TLS TOTP TPS TSV TTL TXT UDP UI URI URL US UTC UUID UX VM VPN WSS XML
  XSS YAML`.split(/\s+/),
);

/**
 * Two to five capitals, perhaps a plural "s": "HC", "ECB", "DEVS". A name in mixed case ("MySQL",
 * "macOS", "IPsec") is a product's own spelling, not an abbreviation.
 */
const ABBREVIATION = /(?<![\w-])[A-Z]{2,5}s?(?![\w-])/g;

/**
 * A finder of abbreviations the note never spells out and a reader cannot be expected to know. The
 * note spells one out when it writes it in brackets after its words ("Fast Snapshot Restore (FSR)")
 * or its words after it ("ENI - Elastic Network Interfaces", "FSR: Fast Snapshot Restore").
 */
export function shorthandFinder(note: string, catalog: CatalogIndex, english: Dictionary = englishWords()): (text: string) => boolean {
  const unexplained = (word: string): boolean => {
    // "SSDs" is read as "SSD"; "ALBs", "KMS": a service or one of its acronyms.
    const one = word.replace(/(?<=[A-Z])s$/, '');
    if (KNOWN.has(one) || english.has(word.toLowerCase()) || servicesIn(catalog, one).length > 0) return false;
    return !spelledOutIn(note, word);
  };
  return anyWordJudged(ABBREVIATION, unexplained);
}

/** Does the note spell `word` out: "(FSR)" after its words, or "FSR - Fast Snapshot Restore"? */
export function spelledOutIn(note: string, word: string): boolean {
  if (note.includes(`(${word})`)) return true;
  const letters = word.replace(/(?<=[A-Z])s$/, '');
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
