import { expect, test, waitForAtlas } from './support/site.ts';

test('graph page draws the project graph on a non-empty WebGL canvas with a legend', async ({ page, site, atlas }) => {
  const nodes = (atlas.prepare("SELECT COUNT(*) AS n FROM graph_layout l JOIN projects p ON p.project_id = l.node_id WHERE l.level = 'project'").get() as { n: number }).n;
  test.skip(nodes === 0, 'no project layout in this atlas');
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(site.url('graph/'));
  await waitForAtlas(page);
  await expect(page.getByRole('list', { name: /legend/i })).toContainText('Live');
  const container = page.getByTestId('graph-canvas');
  await expect(container.locator('canvas').first()).toBeVisible();
  await expect(page.locator('.graph-list li')).toHaveCount(nodes);

  // Read the pixels of a screenshot of the graph: more than one colour means something was drawn.
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
        const [r0, g0, b0] = [pixels[0], pixels[1], pixels[2]];
        let different = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (Math.abs(pixels[i] - r0) + Math.abs(pixels[i + 1] - g0) + Math.abs(pixels[i + 2] - b0) > 30) different++;
        }
        return different;
      }, png);
    }, { timeout: 20_000 })
    .toBeGreaterThan(50);
});

test('hovering a node highlights it and clicking opens its project page', async ({ page, site, atlas }) => {
  const top = atlas
    .prepare("SELECT p.project_id, p.name FROM graph_layout l JOIN projects p ON p.project_id = l.node_id WHERE l.level = 'project' ORDER BY p.criticality IS NULL, p.criticality DESC, p.project_id LIMIT 1")
    .get() as { project_id: string; name: string } | undefined;
  test.skip(!top, 'no project layout in this atlas');
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(site.url('graph/'));
  await waitForAtlas(page);
  await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeVisible();
  // Sigma draws nodes on WebGL, not in the DOM: sweep the mouse over the canvas and let the page
  // record where the hover hint first announced a node.
  await page.evaluate(() => {
    const w = window as unknown as { __mouse: [number, number]; __hit: [number, number] | null };
    w.__hit = null;
    window.addEventListener('mousemove', (e) => { w.__mouse = [e.clientX, e.clientY]; }, true);
    new MutationObserver(() => {
      if (!w.__hit && document.querySelector('.graph-hint')?.textContent?.includes('click to open')) w.__hit = w.__mouse;
    }).observe(document.querySelector('.graph-hint')!, { childList: true, subtree: true, characterData: true });
  });
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  let hit: [number, number] | null = null;
  for (let y = 8; y < box.height && !hit; y += 14) {
    for (let x = 8; x < box.width; x += 14) await page.mouse.move(box.x + x, box.y + y);
    hit = await page.evaluate(() => (window as unknown as { __hit: [number, number] | null }).__hit);
  }
  expect(hit, 'some node reacts to hover').not.toBeNull();
  // The hint updates a frame or two after the pointer entered the node, so the recorded point can
  // be slightly past it: walk back along the same row until the node is under the pointer again.
  const hinted = async () => ((await page.locator('.graph-hint').textContent()) ?? '').includes('click to open');
  let onNode = false;
  for (let dx = 0; dx <= 120 && !onNode; dx += 3) {
    await page.mouse.move(hit![0] - dx, hit![1]);
    await page.waitForTimeout(30);
    onNode = await hinted();
  }
  expect(onNode, 'pointer back over the node').toBe(true);
  const hint = (await page.locator('.graph-hint').textContent())!;
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/\/project\/\?id=/);
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hint.slice(0, hint.indexOf(': criticality')));
});
