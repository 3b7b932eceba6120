/**
 * Funding page island (DESIGN §7 "Funding rounds"): totals over every SCF award, a round selector
 * (kept in the URL as `?round=`), the awarded projects and amounts of the chosen round or an
 * overview of all rounds, and funding against criticality for every project with a score.
 */
import { href, projectHref } from '../lib/site-root.ts';
import {
  readFundingTotals, readFundingVsCriticality, readRoundAwards, readRounds, type FundingVsCriticalityRow, type RoundRow,
} from '../queries/funding.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { formatCount, formatDecimal, formatUsd } from './format.ts';
import { PonyFactor, StatusText } from './StatusText.tsx';
import { useAtlasData } from './use-atlas-data.ts';
import { useUrlState } from './use-url-state.ts';

interface FundingState {
  round: string;
}

const parseFundingState = (search: string): FundingState => ({ round: new URLSearchParams(search).get('round') ?? '' });
const formatFundingState = (state: FundingState): string => (state.round ? `?${new URLSearchParams({ round: state.round })}` : '');

function roundHref(round: string): string {
  return `./${formatFundingState({ round })}`;
}

function RoundsOverview({ rounds, select }: { rounds: RoundRow[]; select: (round: string) => void }) {
  return (
    <div className="table-wrap">
      <table data-testid="rounds">
        <caption className="visually-hidden">Every SCF round with its awarded projects and totals</caption>
        <thead>
          <tr><th scope="col">Round</th><th scope="col">Type</th><th scope="col">Closed</th><th scope="col" className="num">Awarded projects</th><th scope="col" className="num">Total awarded (source)</th><th scope="col" className="num">Sum of listed awards</th></tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.round} data-round={r.round}>
              <th scope="row"><a href={roundHref(r.round)} onClick={(e) => { e.preventDefault(); select(r.round); }}>{r.round}</a></th>
              <td>{r.type ?? '—'}</td>
              <td>{r.close_date ?? r.quarter_year ?? '—'}</td>
              <td className="num">{formatCount(r.awarded_projects)}</td>
              <td className="num">{formatUsd(r.total_awarded_usd)}</td>
              <td className="num">{formatUsd(r.listed_awarded_usd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoundDetail({ round, rootRel }: { round: RoundRow; rootRel: string }) {
  const awards = useAtlasData((atlas) => readRoundAwards(atlas, round.round), [round.round]);
  return (
    <section aria-labelledby="round-heading" data-testid="round-detail" data-round={round.round}>
      <h2 id="round-heading">{round.round}</h2>
      <dl className="stats">
        <div><dt>Awarded projects</dt><dd data-testid="round-projects">{formatCount(round.awarded_projects)}</dd></div>
        <div><dt>Total awarded (source)</dt><dd data-testid="round-total">{formatUsd(round.total_awarded_usd)}</dd></div>
        <div><dt>Sum of listed awards</dt><dd data-testid="round-listed">{formatUsd(round.listed_awarded_usd)}</dd></div>
        <div><dt>Type · closed</dt><dd className="muted">{round.type ?? '—'} · {round.close_date ?? round.quarter_year ?? '—'}</dd></div>
      </dl>
      {round.total_awarded_usd !== null && round.listed_awarded_usd !== null && Math.round(round.total_awarded_usd) !== Math.round(round.listed_awarded_usd) ? (
        <p className="muted">The round total from the source and the sum of its award rows differ; both are shown as published.</p>
      ) : null}
      <DataState data={awards}>
        {(rows) => rows.length === 0 ? <p>No award rows for this round.</p> : (
          <div className="table-wrap">
            <table data-testid="round-awards">
              <caption className="visually-hidden">Awards of {round.round}</caption>
              <thead><tr><th scope="col">Project</th><th scope="col">Award type</th><th scope="col" className="num">Awarded</th><th scope="col" className="num">Paid</th><th scope="col" className="num">Tranche completion</th><th scope="col">Source</th></tr></thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.seq} data-seq={a.seq}>
                    <th scope="row">
                      {a.project_id ? <a href={projectHref(rootRel, a.project_id)}>{a.current_name ?? a.project_name}</a> : <>{a.project_name} <span className="tag">unresolved</span></>}
                    </th>
                    <td>{a.award_type ?? '—'}</td>
                    <td className="num">{formatUsd(a.awarded_usd)}</td>
                    <td className="num">{formatUsd(a.paid_usd)}</td>
                    <td className="num">{a.tranche_completion_pct === null ? '—' : `${formatDecimal(a.tranche_completion_pct, 0)}%`}</td>
                    <td>{a.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </DataState>
    </section>
  );
}

/** Scatter geometry (SVG user units). */
const PLOT = { width: 640, height: 260, left: 56, right: 12, top: 12, bottom: 36 };

/** Awarded (x, √ scale so small awards stay apart) against criticality (y, linear). Decorative: the table repeats it. */
function FundingScatter({ rows }: { rows: FundingVsCriticalityRow[] }) {
  const maxX = Math.max(1, ...rows.map((r) => r.awarded_usd ?? 0));
  const maxY = Math.max(1, ...rows.map((r) => r.criticality));
  const x = (v: number) => PLOT.left + (Math.sqrt(v) / Math.sqrt(maxX)) * (PLOT.width - PLOT.left - PLOT.right);
  const y = (v: number) => PLOT.height - PLOT.bottom - (v / maxY) * (PLOT.height - PLOT.top - PLOT.bottom);
  return (
    <svg className="scatter" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img" aria-label={`Scatter of ${rows.length} projects: SCF awarded against criticality; the table below lists the same values.`}>
      <line x1={PLOT.left} y1={PLOT.height - PLOT.bottom} x2={PLOT.width - PLOT.right} y2={PLOT.height - PLOT.bottom} className="axis" />
      <line x1={PLOT.left} y1={PLOT.top} x2={PLOT.left} y2={PLOT.height - PLOT.bottom} className="axis" />
      <text x={PLOT.left} y={PLOT.height - 8} className="axis-label">$0</text>
      <text x={PLOT.width - PLOT.right} y={PLOT.height - 8} textAnchor="end" className="axis-label">{formatUsd(maxX)} awarded (√ scale)</text>
      <text x={PLOT.left - 6} y={PLOT.top + 10} textAnchor="end" className="axis-label">{maxY}</text>
      <text x={PLOT.left - 6} y={PLOT.height - PLOT.bottom} textAnchor="end" className="axis-label">0</text>
      {rows.map((r) => (
        <g key={r.project_id}>
          {r.awarded_usd ? <circle cx={x(r.awarded_usd)} cy={y(r.criticality)} r={4} className="dot"><title>{`${r.name}: ${formatUsd(r.awarded_usd)}, criticality ${r.criticality}`}</title></circle>
            : <rect x={x(0) - 4} y={y(r.criticality) - 4} width={8} height={8} className="dot unfunded"><title>{`${r.name}: no award recorded, criticality ${r.criticality}`}</title></rect>}
        </g>
      ))}
    </svg>
  );
}

function FundingVsCriticality({ rootRel }: { rootRel: string }) {
  const rows = useAtlasData(readFundingVsCriticality, []);
  return (
    <section aria-labelledby="fvc-heading">
      <h2 id="fvc-heading">Funding vs criticality</h2>
      <p>Every project with a criticality score and what SCF awarded it in total (sum of its award rows). Squares on the left edge are critical projects with no recorded award.</p>
      <DataState data={rows}>
        {(list) => list.length === 0 ? <p>No project has a criticality score yet.</p> : (
          <>
            <FundingScatter rows={list} />
            <div className="table-wrap">
              <table data-testid="funding-vs-criticality">
                <thead><tr><th scope="col">Project</th><th scope="col">Status</th><th scope="col" className="num">Criticality</th><th scope="col" className="num">Criticality percentile</th><th scope="col" className="num">Pony factor</th><th scope="col" className="num">Awarded</th><th scope="col" className="num">Rounds</th></tr></thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.project_id} data-project-id={r.project_id}>
                      <th scope="row"><a href={projectHref(rootRel, r.project_id)}>{r.name}</a></th>
                      <td><StatusText status={r.activity_status} /></td>
                      <td className="num">{formatCount(r.criticality)}</td>
                      <td className="num">{formatDecimal(r.criticality_pct, 1)}</td>
                      <td className="num"><PonyFactor value={r.pony_factor} /></td>
                      <td className="num">{r.awarded_usd === null ? <span className="muted">none recorded</span> : formatUsd(r.awarded_usd)}</td>
                      <td className="num">{formatCount(r.rounds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </DataState>
    </section>
  );
}

function Funding({ rootRel }: { rootRel: string }) {
  const [state, setState] = useUrlState(parseFundingState, formatFundingState, { round: '' });
  const data = useAtlasData(async (atlas) => ({ rounds: await readRounds(atlas), totals: await readFundingTotals(atlas) }), []);
  const select = (round: string) => setState(() => ({ round }));
  return (
    <DataState data={data}>
      {({ rounds, totals }) => {
        const current = rounds.find((r) => r.round === state.round);
        return (
          <>
            {totals ? (
              <dl className="stats" data-testid="funding-totals">
                <div><dt>Rounds</dt><dd data-testid="total-rounds">{formatCount(totals.rounds)}</dd></div>
                <div><dt>Award rows</dt><dd data-testid="total-rows">{formatCount(totals.award_rows)}</dd></div>
                <div><dt>Funded projects</dt><dd data-testid="total-projects">{formatCount(totals.funded_projects)}</dd></div>
                <div><dt>Total awarded</dt><dd data-testid="total-awarded">{formatUsd(totals.awarded_usd)}</dd></div>
                <div><dt>Total paid</dt><dd data-testid="total-paid">{formatUsd(totals.paid_usd)}</dd></div>
              </dl>
            ) : null}
            {totals && totals.unresolved_rows > 0 ? (
              <p className="muted">{formatCount(totals.unresolved_rows)} award rows name a project that could not be matched; they count in the totals and are listed on the <a href={href(rootRel, 'status/')}>status page</a>.</p>
            ) : null}
            <form className="filters" onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor="round-select">Round</label>
                <select id="round-select" value={current ? current.round : ''} onChange={(e) => select(e.target.value)}>
                  <option value="">All rounds (overview)</option>
                  {rounds.map((r) => <option key={r.round} value={r.round}>{r.round}</option>)}
                </select>
              </div>
            </form>
            {state.round && !current ? <p className="notice" role="status">There is no round named “{state.round}” in this data; showing all rounds.</p> : null}
            {rounds.length === 0 ? <p>The atlas has no funding rounds.</p> : current ? <RoundDetail round={current} rootRel={rootRel} /> : <RoundsOverview rounds={rounds} select={select} />}
            <FundingVsCriticality rootRel={rootRel} />
          </>
        );
      }}
    </DataState>
  );
}

export default function FundingRounds({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <Funding rootRel={rootRel} />
    </AtlasGate>
  );
}
