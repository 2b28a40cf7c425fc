import { describe, expect, it } from 'vitest';
import { addMinutes, formatDate, zonedInstant } from '../../src/domain/zoned-time.ts';

describe('meeting times in the group time zone', () => {
  it('keeps 16:00 Berlin at 16:00 local on both sides of each daylight-saving change', () => {
    expect(zonedInstant('2026-03-26', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-03-26T15:00:00.000Z');
    expect(zonedInstant('2026-04-02', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-04-02T14:00:00.000Z');
    expect(zonedInstant('2026-10-22', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-10-22T14:00:00.000Z');
    expect(zonedInstant('2026-10-29', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-10-29T15:00:00.000Z');
  });

  it('takes the standard-time instant when a local time happens twice', () => {
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('adds minutes across midnight and formats dates in the group locale', () => {
    expect(addMinutes('23:30', 90)).toBe('01:00');
    expect(formatDate('2026-11-26', 'en', 'long')).toBe('Thursday, November 26, 2026');
    expect(formatDate('2026-11-26', 'zh-CN', 'long')).toBe('2026年11月26日星期四');
  });
});
