/**
 * Local wall-clock times for ical-generator. Given a native `Date` and an event time zone,
 * ical-generator formats the date with the *machine's* time zone, so a build on a UTC server would
 * move every meeting. It also accepts Temporal values, recognised by their shape; Node 24 has no
 * `Temporal` yet, so this module builds the two small shapes it reads: a PlainDateTime (the meeting's
 * local date and time) and the ZonedDateTime it becomes in the event's zone. The written
 * `DTSTART;TZID=Europe/Berlin:20270325T160000` is then exactly the local time in the session file,
 * and calendar apps resolve daylight saving from the VTIMEZONE.
 */
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { epochOfLocal as epochOf, localFieldsAt as fieldsAt, type LocalFields as Fields } from '../../domain/zoned-time.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A local date and time (`2027-03-25`, `16:00`, plus `minutes` later if given) in the shape of a
 * Temporal.PlainDateTime, for ical-generator's `start`/`end` together with the event's `timezone`.
 */
export function wallClock(date: string, time: string, minutes = 0): ICalTemporalPlainDateTimeStub {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1, d, h, min + minutes));
  return plainDateTime({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: 0 });
}

/** The same local time as a UTC instant, for zones without a VTIMEZONE block. */
export function utcInstant(date: string, time: string, timeZone: string, minutes = 0): Date {
  const plain = wallClock(date, time, minutes);
  return new Date(epochOf(plain, timeZone));
}

function plainDateTime(fields: Fields): ICalTemporalPlainDateTimeStub {
  const text = `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}T${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)}`;
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => ({ year: fields.year, month: fields.month, day: fields.day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
    toZonedDateTime: (timeZone: string) => zoned(plain, timeZone),
  };
  return plain;
}

function zoned(plain: ICalTemporalPlainDateTimeStub, timeZoneId: string): ICalTemporalZonedDateTimeStub {
  const epoch = epochOf(plain, timeZoneId);
  const elsewhere = (zone: string) => (zone === timeZoneId ? self : zoned(plainDateTime(fieldsAt(epoch, zone)), zone));
  const self: ICalTemporalZonedDateTimeStub = {
    year: plain.year,
    month: plain.month,
    day: plain.day,
    hour: plain.hour,
    minute: plain.minute,
    second: plain.second,
    timeZoneId,
    toPlainDateTime: () => plain,
    toInstant: () => ({
      epochMilliseconds: epoch,
      toJSON: () => new Date(epoch).toISOString(),
      toString: () => new Date(epoch).toISOString(),
      toZonedDateTimeISO: elsewhere,
    }),
    toJSON: () => `${plain.toString()}[${timeZoneId}]`,
    toString: () => `${plain.toString()}[${timeZoneId}]`,
    withTimeZone: elsewhere,
  };
  return self;
}
