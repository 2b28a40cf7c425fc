/**
 * Grouping past sessions into terms for the archive: spring (January–June) and autumn
 * (July–December) of each year, newest first.
 */
import type { Locale } from './i18n.ts';

export interface Term<T> {
  key: string;
  label: string;
  items: T[];
}

function termKey(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${year}-${month <= 6 ? 'spring' : 'autumn'}`;
}

function termLabel(key: string, locale: Locale): string {
  const [year, half] = key.split('-') as [string, 'spring' | 'autumn'];
  if (locale === 'zh-CN') return `${year}年${half === 'spring' ? '春季' : '秋季'}`;
  return `${half === 'spring' ? 'Spring' : 'Autumn'} ${year}`;
}

/** Groups items (newest first) by term, keeping their order. */
export function byTerm<T extends { date: string }>(items: T[], locale: Locale): Term<T>[] {
  const terms = new Map<string, T[]>();
  for (const item of items) {
    const key = termKey(item.date);
    terms.set(key, [...(terms.get(key) ?? []), item]);
  }
  return [...terms].map(([key, list]) => ({ key, label: termLabel(key, locale), items: list }));
}
