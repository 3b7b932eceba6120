/**
 * The fictional contributors of the sample ecosystem (DESIGN §5.3). Every name is invented and every
 * address is an `example.com` / `example.org` / `example.net` address or a GitHub noreply form with
 * an invented login. Several people are shaped to exercise identity resolution:
 * - `ada` commits under both noreply forms (`<digits>+login@…` and `login@…`);
 * - `mira` uses one e-mail under two names ("Mira Okafor" and "mira");
 * - `jonas` and `lena` both left git at the placeholder `you@example.com`;
 * - `theo` and `sofia` have old addresses that the nebula-sdk `.mailmap` folds;
 * - `talbot`'s name contains "bot" but he is a human.
 */

export interface Identity {
  name: string;
  email: string;
}

export interface Person {
  key: string;
  /** Identities the person commits under; the first is the primary one (used for co-author trailers). */
  identities: Identity[];
  /** Author-date UTC offset, `+05:30` style. */
  tz: string;
  bot?: boolean;
  /** Commits before this date use `identities[1]` (an old address a `.mailmap` folds); later ones the primary. */
  aliasUntil?: string;
  /** Commits before this date pick any identity at random; later ones the primary (so the latest name is known). */
  mixedUntil?: string;
}

const person = (key: string, tz: string, ...identities: Identity[]): Person => ({ key, tz, identities });
const withRule = (p: Person, rule: Pick<Person, 'aliasUntil' | 'mixedUntil'>): Person => ({ ...p, ...rule });
const id = (name: string, email: string): Identity => ({ name, email });

export const PEOPLE: readonly Person[] = [
  withRule(person('ada', '+01:00', id('Ada Quill', '8812345+adaquill-nbl@users.noreply.github.com'), id('Ada Quill', 'adaquill-nbl@users.noreply.github.com')), { mixedUntil: '2099-01-01' }),
  person('priya', '+05:30', id('Priya Raman', 'priya.raman@example.com')),
  person('marcus', '-05:00', id('Marcus Hale', 'marcus.hale@example.org')),
  withRule(person('theo', '+02:00', id('Theo Brandt', 'theo.brandt@example.com'), id('Theo Brandt', 'theo@old-laptop.example.net')), { aliasUntil: '2025-03-01' }),
  withRule(person('mira', '+01:00', id('Mira Okafor', 'mira.okafor@example.org'), id('mira', 'mira.okafor@example.org')), { mixedUntil: '2026-06-01' }),
  person('jonas', '+01:00', id('Jonas Weber', 'you@example.com')),
  person('lena', '+02:00', id('Lena Fischer', 'you@example.com')),
  person('talbot', '-08:00', id('Talbot Reyes', 'talbot.reyes@example.com')),
  person('kim', '+09:00', id('Kim Sato', 'kim.sato@example.org')),
  withRule(person('sofia', '+01:00', id('Sofia Lindqvist', 'sofia@example.org'), id('Sofia L', 'sofia.l@example.net')), { aliasUntil: '2023-06-01' }),
  person('diego', '-03:00', id('Diego Alvarez', '31337021+diego-alv-mtr@users.noreply.github.com')),
  person('hana', '+09:00', id('Hana Kobayashi', 'hana.kobayashi@example.com')),
  person('omar', '+03:00', id('Omar Haddad', 'omar@example.net')),
  person('chen', '+08:00', id('Chen Wei', 'chen.wei@example.com')),
  person('amara', '+01:00', id('Amara Nwosu', 'amara.nwosu@example.org')),
  person('lucas', '+01:00', id('Lucas Moreau', 'lucas.moreau@example.com')),
  person('elif', '+03:00', id('Elif Demir', 'elif.demir@example.org')),
  person('noah', '-07:00', id('Noah Berg', '55501234+noahberg-zp@users.noreply.github.com')),
  person('isla', '+00:00', id('Isla Grant', 'isla.grant@example.com')),
  person('yusuf', '+03:00', id('Yusuf Kaya', 'yusuf.kaya@example.net')),
  person('freya', '+01:00', id('Freya Holm', 'freya.holm@example.com')),
  person('mateo', '-06:00', id('Mateo Rossi', 'mateo.rossi@example.org')),
  person('aiko', '+09:00', id('Aiko Tanaka', 'aiko.tanaka@example.com')),
  person('ben', '-04:00', id('Ben Carter', 'ben.carter@example.com')),
  person('zara', '+05:00', id('Zara Ahmed', 'zara.ahmed@example.org')),
  person('nils', '+01:00', id('Nils Eriksen', 'nils.eriksen@example.net')),
  person('paulo', '-03:00', id('Paulo Costa', 'paulo.costa@example.com')),
  person('tomas', '+00:00', id('Tomás Silva', 'tomas.silva@example.org')),
  person('bjorn', '+01:00', id('Björn Ek', 'bjorn.ek@example.net')),
  person('ingrid', '+01:00', id('Ingrid Vos', 'ingrid.vos@example.com')),
  person('ravi', '+05:30', id('Ravi Kapoor', 'ravi.kapoor@example.com')),
  person('wen', '+08:00', id('Wen Li', 'wen.li@example.org')),
  person('grace', '-05:00', id('Grace Oduya', 'grace.oduya@example.com')),
];

/** Bot identities as GitHub records them (`<digits>+<name>[bot]@users.noreply.github.com`). */
export const BOTS: readonly Person[] = [
  { key: 'dependabot', tz: '+00:00', bot: true, identities: [id('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com')] },
  { key: 'renovate', tz: '+00:00', bot: true, identities: [id('renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com')] },
  { key: 'gha', tz: '+00:00', bot: true, identities: [id('github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com')] },
];

/** GitHub's web-flow committer identity (commits made or merged in the web UI). */
export const WEB_FLOW: Identity = id('GitHub', 'noreply@github.com');

const BY_KEY = new Map([...PEOPLE, ...BOTS].map((p) => [p.key, p]));

export function personByKey(key: string): Person {
  const p = BY_KEY.get(key);
  if (!p) throw new Error(`sample/gen/people: unknown person ${key}`);
  return p;
}
