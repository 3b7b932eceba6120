import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './code-unit-order.ts';

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code units, whatever the locale', () => {
    expect(['z', 'aa', 'B', 'a', 'ab'].sort(compareCodeUnits)).toEqual(['B', 'a', 'aa', 'ab', 'z']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });
});
