import { describe, expect, it } from 'vitest';
import { CENTRE_RING_RADIUS, radialLayout, type RadialInput } from './radial-layout.ts';

const radius = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('radialLayout', () => {
  const nodes: RadialInput[] = [
    { id: 'p', depth: 0, side: 'self' },
    { id: 'd1', depth: 1, side: 'dependent' },
    { id: 'd2', depth: 2, side: 'dependent' },
    { id: 'u1', depth: 1, side: 'dependency' },
    { id: 'u2', depth: 1, side: 'dependency' },
  ];

  it('puts the project in the centre and each node on the ring of its depth', () => {
    const pos = radialLayout(nodes);
    expect(pos.get('p')).toEqual({ x: 0, y: 0 });
    for (const n of nodes) expect(radius(pos.get(n.id)!)).toBeCloseTo(n.depth, 9);
  });

  it('with both directions, puts dependents left and dependencies right', () => {
    const pos = radialLayout(nodes);
    for (const id of ['d1', 'd2']) expect(pos.get(id)!.x).toBeLessThan(0);
    for (const id of ['u1', 'u2']) expect(pos.get(id)!.x).toBeGreaterThan(0);
  });

  it('spreads several centre nodes on a small ring and is deterministic', () => {
    const repos: RadialInput[] = [{ id: 'b', depth: 0, side: 'self' }, { id: 'a', depth: 0, side: 'self' }];
    const pos = radialLayout(repos);
    expect(radius(pos.get('a')!)).toBeCloseTo(CENTRE_RING_RADIUS, 9);
    expect(radialLayout([...repos].reverse())).toEqual(pos);
  });
});
