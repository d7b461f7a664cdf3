import { offsetMinutesOf } from '../domain/conduct/call-hours';
import { canonicalTags, deriveTags } from '../domain/conduct/derived-tags';
import { numberTimeZones } from '../domain/phone/time-zones';
import type { ReportSubmission } from './report-writer';

/**
 * The tag columns of a report row: what the reporter chose, what it counts with (plus
 * out_of_hours judged in the called number's time zone), and the offset the reporter typed.
 *
 * @example
 * db.insert(reports).values({ ...otherColumns, ...reportTagColumns(submission) });
 */
export function reportTagColumns(submission: Pick<ReportSubmission, 'tags' | 'calledAt' | 'number'>) {
  const offsetMinutes = offsetMinutesOf(submission.calledAt.text);
  const { number } = submission;
  const tags = deriveTags({
    reported: submission.tags,
    call: { instant: submission.calledAt.ms, timeZones: numberTimeZones(number), offsetMinutes },
    region: number.region,
  });
  return {
    tags: JSON.stringify(tags),
    reportedTags: JSON.stringify(canonicalTags(submission.tags)),
    calledAtOffset: offsetMinutes,
  };
}
