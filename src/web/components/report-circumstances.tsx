import type { Lang } from '../../http/lang';
import type { PublicReport } from '../../services/report-views';
import { circumstancesText } from '../text/circumstances';

/** One line with what a report says about the call: how often, the stage, who answered, the threats. Nothing when unanswered. */
export function ReportCircumstances({ lang, report }: { lang: Lang; report: Pick<PublicReport, 'calls_today' | 'calls_last_7_days' | 'overdue_stage' | 'contacted' | 'threatened'> }) {
  const c = circumstancesText(lang);
  const parts = [
    c.callsShown(report.calls_today, report.calls_last_7_days),
    report.overdue_stage ? c.overdueOptions[report.overdue_stage] : '',
    report.contacted ? c.contactedOptions[report.contacted] : '',
    report.threatened.length ? `${c.threatenedShown}${report.threatened.map((threat) => c.threatOptions[threat]).join(lang === 'en' ? ', ' : '、')}` : '',
  ].filter(Boolean);
  if (!parts.length) return null;
  return <p class="muted circumstances-line">{parts.join(' · ')}</p>;
}
