/**
 * SCF funding exports (DESIGN §4.7), shaped like ../shared/realdata/funding: the awarded-submissions
 * CSV (same header, `$`-prefixed USD amounts, CRLF record ends with LF inside quoted multi-line
 * fields) and one public-goods award round YAML file.
 */
import { APPLICATIONS, PROJECTS } from './projects.ts';
import type { ApplicationSpec } from './projects.ts';

export const SUBMISSIONS_HEADER = [
  'Submission / Project', 'Round', 'Submission Title', 'Project', 'Category (from Project)', 'Submission URL', 'Tranche Completion %',
  'Total Awarded (USD)', 'Total Paid (USD)', 'Total Paid (XLM)', 'Most Recent Payment Date', 'Award Type', 'One-Sentence-Description',
  'Products & Services', 'Technical Architecture', 'Success Criteria', 'Website', 'Code', 'Video', 'Use Soroban?', 'Go-To-Market Plan',
  'Traction Evidence', 'Tranche 1 - Deliverables', 'Tranche 2 - Testnet', 'Tranche 3 - Mainnet', 'X (from Project)',
  'Award Completion Duration (if Mainnet, in Weeks)', 'Tranche Completion',
];

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const usd = (n: number): string => `$${n.toFixed(2)}`;

function row(a: ApplicationSpec): string[] {
  const project = PROJECTS.find((p) => p.slug === a.projectSlug);
  return [
    a.projectName, `SCF #${a.round}`, a.title, a.projectName, a.category, '', String(a.trancheCompletionPercent),
    usd(a.awardedUSD), usd(a.paidUSD), a.paidXLM ? String(a.paidXLM) : '', a.lastPayment ?? '', a.awardType, a.oneSentence,
    a.productsAndServices, a.technicalArchitecture,
    `Adoption by at least three teams, measured by dependents.\n\nMonthly downloads above the previous round's figure.`,
    a.website ?? project?.website ?? '', a.code ?? '', '', a.useSoroban ? 'Yes' : 'No',
    'Workshops, docs and a launch post, "build with us" calls.', 'See the repository insights.',
    'Timeline: Month 1–2\nBudget: 40%\n\n-   Core features', 'Month 3–4\n\n-   Testnet release', 'Month 5–6\n\n-   Mainnet release',
    project?.x ?? '', '', a.trancheCompletion,
  ];
}

/** A legacy award older than the OpenGrants rounds in the sample: only the CSV knows it. */
const LEGACY_ROW = [
  'PyStar SDK', 'SCF #12', 'PyStar SDK', 'PyStar SDK', 'Developer Tooling', '', '0', '$0.00', '$15000.00', '68000', '11/3/2022',
  'Legacy v4.0 Award', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
];

export function fundingFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const rows = [SUBMISSIONS_HEADER, ...[...APPLICATIONS].sort((a, b) => b.round - a.round).map(row), LEGACY_ROW];
  files.set('funding/scf-awarded-submissions.csv', rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join(''));
  files.set('funding/rounds/2026q3.yaml', `name: "Public Goods Award"
year: 2026
quarter: 3
voting_closed: 2026-07-19
projects:
  - canonical_id: daoip-5:scf:project:nebula_sdk
    name: "Nebula SDK"
    proposal_pr_url:
    tansu_proposal_url:
    project_page_url:
  - canonical_id: daoip-5:scf:project:quasar.dart
    name: "Quasar Dart SDK"
    proposal_pr_url:
    tansu_proposal_url:
    project_page_url:
  - canonical_id: daoip-5:scf:project:comet-relay
    name: "Comet Relay"
    proposal_pr_url:
    tansu_proposal_url:
    project_page_url:
  - canonical_id:
    main_repo_id: pkg:github/solar-indexer/solar-indexer
    name: "Solar Indexer"
    proposal_pr_url:
    tansu_proposal_url:
    project_page_url:
`);
  return files;
}
