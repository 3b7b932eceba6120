/**
 * Graph explorer (DESIGN §7, issue #3) on the built site. Every expectation is computed here from
 * the same atlas.sqlite with SQL (and a BFS over its edges), so the spec holds on the fixture and
 * on the real-data build. Default view: project level, metric-scope edges, projects without a
 * drawn edge hidden.
 */
import type { DatabaseSync } from 'node:sqlite';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForAtlas } from './support/site.ts';

interface ProjectNode { id: string; name: string; status: string }
interface Edge { from: string; to: string; metric: number }

function projectLevel(atlas: DatabaseSync): { nodes: ProjectNode[]; edges: Edge[] } {
  const nodes = atlas
    .prepare("SELECT p.project_id AS id, p.name, p.activity_status AS status FROM graph_layout l JOIN projects p ON p.project_id = l.node_id WHERE l.level = 'project'")
    .all() as unknown as ProjectNode[];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = (atlas.prepare('SELECT from_project AS "from", to_project AS "to", metric_edge_count AS metric FROM project_edges').all() as unknown as Edge[]).filter(
    (e) => e.from !== e.to && ids.has(e.from) && ids.has(e.to),
  );
  return { nodes, edges };
}

/** Nodes that keep at least one edge whose both ends pass `keep` (the default "hide nodes without dependencies"). */
function connectedCount(nodes: ProjectNode[], edges: Edge[], keep: (n: ProjectNode) => boolean): number {
  const passing = new Set(nodes.filter(keep).map((n) => n.id));
  const connected = new Set<string>();
  for (const e of edges) if (passing.has(e.from) && passing.has(e.to)) connected.add(e.from).add(e.to);
  return connected.size;
}

function transitiveDependents(edges: Edge[], start: string): Set<string> {
  const reached = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const e of edges) if (e.to === node && e.from !== start && !reached.has(e.from)) (reached.add(e.from), queue.push(e.from));
  }
  return reached;
}

async function openGraph(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await waitForAtlas(page);
  // Sigma compiles its WebGL programs on the main thread; SwiftShader on a busy CI machine is slow.
  await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Export PNG' })).toBeEnabled({ timeout: 30_000 });
}

const listCount = (page: Page) => page.getByTestId('graph-list-count');

test('project level: non-empty canvas, legend with text, isolated projects hidden and counted, first-frame time', async ({ page, site, atlas }) => {
  const { nodes, edges } = projectLevel(atlas);
  test.skip(nodes.length === 0, 'no project layout in this atlas');
  const metric = edges.filter((e) => e.metric > 0);
  const shown = connectedCount(nodes, metric, () => true);
  await openGraph(page, site.url('graph/'));
  await expect(page.getByRole('list', { name: /legend/i })).toContainText('Live');
  await expect(page.getByRole('list', { name: /legend/i })).toContainText('Size: criticality');
  await expect(listCount(page)).toHaveAttribute('data-count', String(shown));
  await expect(page.getByTestId('graph-hidden-isolated')).toContainText(`${(nodes.length - shown).toLocaleString('en-US')} hidden`);
  await expect(page.locator('.graph-table tbody tr')).toHaveCount(Math.min(shown, 100));
  await page.getByLabel('Colour by', { exact: true }).selectOption('risk');
  await expect(page.getByRole('list', { name: /legend/i })).toContainText('Pony factor 1');
  await expect(page).toHaveURL(/colour=risk/);

  const firstFrame = await page.evaluate(() => (window as unknown as { __pgAtlasGraphFirstFrameMs?: number }).__pgAtlasGraphFirstFrameMs);
  expect(firstFrame).toBeGreaterThan(0);

  // Read the pixels of a screenshot of the graph: more than one colour means something was drawn.
  const container = page.getByTestId('graph-canvas');
  await expect
    .poll(async () => {
      const png = (await container.screenshot()).toString('base64');
      return page.evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
        let different = 0;
        for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i] - pixels[0]) + Math.abs(pixels[i + 1] - pixels[1]) + Math.abs(pixels[i + 2] - pixels[2]) > 30) different++;
        return different;
      }, png);
    }, { timeout: 20_000 })
    .toBeGreaterThan(50);
});

test('level toggle: the repo level shows as many nodes as SQL, state in the URL', async ({ page, site, atlas }) => {
  const total = (atlas.prepare(
    "SELECT (SELECT COUNT(*) FROM graph_layout l JOIN repos r ON r.repo_id = l.node_id WHERE l.level = 'repo') + (SELECT COUNT(*) FROM graph_layout l JOIN external_packages x ON x.purl = l.node_id WHERE l.level = 'repo') AS n",
  ).get() as { n: number }).n;
  test.skip(total === 0, 'no repo layout in this atlas');
  test.setTimeout(120_000); // two levels drawn with SwiftShader
  await openGraph(page, site.url('graph/'));
  await page.getByLabel('Repos and external packages').check();
  await expect(page).toHaveURL(/level=repo/);
  await expect(page.getByRole('button', { name: 'Export PNG' })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: /legend/i })).toContainText('External package (square)');
  await page.getByLabel(/Hide nodes without dependencies/).uncheck();
  await expect(listCount(page)).toHaveAttribute('data-count', String(total));
  // The state is in the URL (parse/serialize round trip is unit-tested in graph-logic.test.ts).
  await expect(page).toHaveURL(/level=repo.*isolated=1/);
});

test('search suggestion → focus: the side panel lists exactly the transitive dependents; Escape clears', async ({ page, site, atlas }) => {
  const { nodes, edges } = projectLevel(atlas);
  const metric = edges.filter((e) => e.metric > 0);
  const ranked = nodes
    .filter((n) => !/[<>"&]/.test(n.name))
    .map((n) => ({ n, dependents: transitiveDependents(metric, n.id) }))
    .sort((a, b) => b.dependents.size - a.dependents.size || a.n.id.localeCompare(b.n.id));
  test.skip(ranked.length === 0 || ranked[0].dependents.size === 0, 'no project with dependents');
  const { n: target, dependents } = ranked[0];

  await openGraph(page, site.url('graph/'));
  const search = page.getByRole('combobox', { name: 'Find a node' });
  await search.fill(target.name);
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('option').first()).toBeVisible();
  // Arrow down through the suggestions until the target is the active option.
  const options = await listbox.getByRole('option').allTextContents();
  const index = options.findIndex((t) => t.startsWith(`${target.name} —`));
  expect(index, 'target among the suggestions').toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await search.press('ArrowDown');
  await expect(listbox.getByRole('option').nth(index)).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');

  const panel = page.getByTestId('graph-focus-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.name);
  await expect(page).toHaveURL(new RegExp(`focus=${encodeURIComponent(target.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const listed = await page.getByTestId('graph-dependents').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node-id')));
  expect(new Set(listed)).toEqual(dependents);
  expect(listed.length).toBe(dependents.size);
  // The table follows the focus: the node, its dependents and its dependencies.
  const dependencies = await page.getByTestId('graph-dependencies').locator('li').count();
  await expect(listCount(page)).toHaveAttribute('data-count', String(1 + dependents.size + dependencies));

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-focus-panel')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No node focused' })).toBeVisible();
});

test('filters change the list count as SQL says (status, dev/ci scope)', async ({ page, site, atlas }) => {
  const { nodes, edges } = projectLevel(atlas);
  test.skip(nodes.length === 0, 'no project layout in this atlas');
  const metric = edges.filter((e) => e.metric > 0);
  await openGraph(page, site.url('graph/'));
  await expect(listCount(page)).toHaveAttribute('data-count', String(connectedCount(nodes, metric, () => true)));

  await page.getByRole('checkbox', { name: 'Live', exact: true }).uncheck();
  await expect(listCount(page)).toHaveAttribute('data-count', String(connectedCount(nodes, metric, (n) => n.status !== 'live')));
  await expect(page).toHaveURL(/status=in-dev%2Cdiscontinued%2Cnon-responsive|status=in-dev,discontinued,non-responsive/);
  await page.getByRole('checkbox', { name: 'Live', exact: true }).check();

  await page.getByLabel('Include dev/ci dependencies').check();
  await expect(listCount(page)).toHaveAttribute('data-count', String(connectedCount(nodes, edges, () => true)));
});

test('PNG export downloads a non-empty PNG of the view', async ({ page, site }) => {
  await openGraph(page, site.url('graph/'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toBe('pg-atlas-graph-project.png');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(100); // IHDR width
  expect(bytes.length).toBeGreaterThan(5_000);
  // The graph itself was copied, not just the white background and the caption: count coloured pixels.
  const coloured = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, img.width, Math.floor(img.height / 2)).data;
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.max(pixels[i], pixels[i + 1], pixels[i + 2]) - Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) > 40) n++;
    return n;
  }, bytes.toString('base64'));
  expect(coloured, 'coloured node pixels in the exported graph').toBeGreaterThan(50);
});

test('keyboard: Tab reaches the list, Enter on a row focuses that node; hover + click on the centred node', async ({ page, site }) => {
  await openGraph(page, site.url('graph/'));
  await page.getByRole('heading', { level: 1 }).click();
  let id: string | null = null;
  for (let i = 0; i < 80 && !id; i++) {
    await page.keyboard.press('Tab');
    id = await page.evaluate(() => document.activeElement?.getAttribute('data-focus-node') ?? null);
  }
  expect(id, 'a Focus button in the list is reachable with Tab').not.toBeNull();
  const name = (await page.locator(`tr[data-node-id="${id}"] th`).textContent())!;
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('graph-focus-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();

  // The camera centred on the focused node: hovering the middle of the canvas names it, clicking keeps it focused.
  await page.keyboard.press('Escape');
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      return page.locator('.graph-hint').textContent();
    }, { timeout: 10_000 })
    .toContain(`${name}: criticality`);
  await page.mouse.down();
  await page.mouse.up();
  await expect(heading).toHaveText(name);
});
