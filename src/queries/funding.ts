/**
 * Reads for the funding page (DESIGN §4.7 funding, §7 "Funding rounds"): SCF rounds with their
 * totals, the awards of one round, and funding against criticality for projects that have a
 * criticality score (funded or not — an unfunded critical project is the point of the view).
 */
import type { AtlasQuery } from '../lib/query-seam.ts';

export interface RoundRow {
  round: string;
  type: string | null;
  close_date: string | null;
  quarter_year: string | null;
  /** The round total as the source gives it. */
  total_awarded_usd: number | null;
  awarded_projects: number;
  /** Sum of the round's award rows in `funding` (may differ from the source's total). */
  listed_awarded_usd: number | null;
  award_rows: number;
}

/** Rounds in SCF order: numbered rounds by number, then the others by name. */
export const ROUND_ORDER_SQL = `CASE WHEN round LIKE 'SCF #%' THEN 0 ELSE 1 END, CAST(substr(round, 6) AS INTEGER), round`;

export function readRounds(atlas: AtlasQuery): Promise<RoundRow[]> {
  return atlas.query<RoundRow>(`SELECT r.round, r.type, r.close_date, r.quarter_year, r.total_awarded_usd, r.awarded_projects,
      (SELECT SUM(f.awarded_usd) FROM funding f WHERE f.round = r.round) AS listed_awarded_usd,
      (SELECT COUNT(*) FROM funding f WHERE f.round = r.round) AS award_rows
    FROM rounds r ORDER BY ${ROUND_ORDER_SQL.replace(/round/g, 'r.round')}`);
}

export interface AwardRow {
  seq: number;
  project_id: string | null;
  project_name: string;
  current_name: string | null;
  award_type: string | null;
  awarded_usd: number | null;
  paid_usd: number | null;
  tranche_completion_pct: number | null;
  source: string;
}

/** Awards of one round, largest first (unknown amounts last), ties by name. */
export function readRoundAwards(atlas: AtlasQuery, round: string): Promise<AwardRow[]> {
  return atlas.query<AwardRow>(`SELECT f.seq, f.project_id, f.project_name, p.name AS current_name, f.award_type, f.awarded_usd, f.paid_usd,
      f.tranche_completion_pct, f.source
    FROM funding f LEFT JOIN projects p ON p.project_id = f.project_id
    WHERE f.round = ? ORDER BY f.awarded_usd IS NULL, f.awarded_usd DESC, f.project_name COLLATE NOCASE, f.seq`, [round]);
}

export interface FundingTotals {
  rounds: number;
  award_rows: number;
  funded_projects: number;
  unresolved_rows: number;
  awarded_usd: number | null;
  paid_usd: number | null;
}

export function readFundingTotals(atlas: AtlasQuery): Promise<FundingTotals | undefined> {
  return atlas.queryRow<FundingTotals>(`SELECT (SELECT COUNT(*) FROM rounds) AS rounds, COUNT(*) AS award_rows,
      COUNT(DISTINCT project_id) AS funded_projects, SUM(project_id IS NULL) AS unresolved_rows,
      SUM(awarded_usd) AS awarded_usd, SUM(paid_usd) AS paid_usd FROM funding`);
}

export interface FundingVsCriticalityRow {
  project_id: string;
  name: string;
  activity_status: string;
  criticality: number;
  criticality_pct: number | null;
  pony_factor: number | null;
  /** Sum of the project's award rows in `funding`. */
  awarded_usd: number | null;
  rounds: number;
}

/** Projects with a criticality score, most critical first, with what SCF awarded them. */
export function readFundingVsCriticality(atlas: AtlasQuery): Promise<FundingVsCriticalityRow[]> {
  return atlas.query<FundingVsCriticalityRow>(`SELECT p.project_id, p.name, p.activity_status, p.criticality, p.criticality_pct, p.pony_factor,
      (SELECT SUM(f.awarded_usd) FROM funding f WHERE f.project_id = p.project_id) AS awarded_usd,
      (SELECT COUNT(DISTINCT f.round) FROM funding f WHERE f.project_id = p.project_id) AS rounds
    FROM projects p WHERE p.criticality IS NOT NULL
    ORDER BY p.criticality DESC, p.name COLLATE NOCASE, p.project_id`);
}
