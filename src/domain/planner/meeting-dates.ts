/**
 * Which days the group meets: its weekday from `group.yaml`, minus holidays.
 *
 * A session on `today` itself is not upcoming: the meeting may already be under way, and the people
 * presenting have prepared for it, so the planner treats it like a past one and never changes it.
 * The first date the planner fills is therefore the first meeting day strictly after `today`.
 */
import { WEEKDAYS, type Group } from '../../schemas/group.ts';
import { addDays, inRange, weekdayIndex } from '../dates.ts';

/** The holiday covering `date`, if any. */
export function holidayOn(group: Pick<Group, 'holidays'>, date: string): Group['holidays'][number] | undefined {
  return group.holidays.find((h) => inRange(date, h));
}

/** Whether the group meets on `date`: the right weekday and no holiday. */
export function isMeetingDate(group: Pick<Group, 'meeting' | 'holidays'>, date: string): boolean {
  return WEEKDAYS[weekdayIndex(date)] === group.meeting.weekday && !holidayOn(group, date);
}

/** Why the group does not meet on `date` (a holiday's name, or the wrong weekday); undefined if it does. */
export function noMeetingReason(group: Pick<Group, 'meeting' | 'holidays'>, date: string): string | undefined {
  const holiday = holidayOn(group, date);
  if (holiday) return holiday.name;
  if (WEEKDAYS[weekdayIndex(date)] !== group.meeting.weekday) return `the group now meets on ${group.meeting.weekday}s`;
  return undefined;
}

/** The next `count` meeting dates strictly after `today`, oldest first, holidays skipped. */
export function meetingDates(group: Pick<Group, 'meeting' | 'holidays'>, today: string, count: number): string[] {
  const dates: string[] = [];
  const offset = (WEEKDAYS.indexOf(group.meeting.weekday) - weekdayIndex(today) + 7) % 7 || 7;
  for (let date = addDays(today, offset); dates.length < count; date = addDays(date, 7)) {
    if (!holidayOn(group, date)) dates.push(date);
  }
  return dates;
}
