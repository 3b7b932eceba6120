/**
 * Curated override files (DESIGN §4.2), in the real schema (../shared/realdata/overrides/
 * schema-override-project.yml): one file inserts a project OpenGrants does not know, the other
 * patches a known project's repo list and activity status. Written as literal YAML so comments and
 * quoting look like the hand-maintained originals.
 */

const HEADER = (purpose: string): string => `# ${purpose}
#
# Schema: ../schema-override-project.yml
#
#
# SPDX-FileCopyrightText: 2026 PG Atlas contributors
# SPDX-License-Identifier: MPL-2.0
`;

export function overrideFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('overrides/project-overrides.yml', `${HEADER('Manually curated overrides for project fields. Can also be used to insert new projects.')}
# --- Projects not (yet) in OpenGrants ---

daoip-5:scf:project:solar_indexer:
  display_name: "Solar Indexer"
  activity_status: "live"
  git_owner_url: "https://github.com/solar-indexer"
  git_repo_urls:
    - "https://github.com/solar-indexer/solar-indexer"
  category: "Infrastructure & Services"
  metadata:
    description: "Indexer for Nebula contract events, serving a public GraphQL API."
    open_source: true
    website: "https://solar-indexer.example.org"
    first_released: "March 2024"
`);
  files.set('overrides/pg-proposal-overrides.yml', `${HEADER('Overrides drafted from public-goods award proposals. Always reviewed by a human.')}
daoip-5:scf:project:lumen_tools:
  display_name: "Lumen Tools"
  activity_status: "live"
  git_owner_url: "https://github.com/lumen-tools"
  git_repo_urls:
    - "https://github.com/lumen-tools/lumen-lint"
    - "https://github.com/lumen-tools/lumen-fmt"
    - "https://github.com/lumen-tools/lumen-legacy"
  metadata:
    description: "Linter and formatter for OrbitKit transaction scripts; lumen-legacy was deleted upstream."
    x_profile: "https://x.com/lumen_tools_example"
    open_source: true
`);
  return files;
}
