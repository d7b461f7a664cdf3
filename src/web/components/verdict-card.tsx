import type { NumberLookup } from '../../services/lookup';
import { adviceToList, hasEvidence, weightedReasons, zeroWeightNotes } from '../lookup-reading';
import { href, type PageContext } from '../page-context';
import { canonicalNumber } from '../number-display';
import { VerdictBadge } from './verdict-badge';

interface VerdictCardProps {
  page: PageContext;
  lookup: NumberLookup;
  /** The embed: fewer reasons and advice, links open outside the iframe. */
  compact?: boolean;
  /** Where the report form is, for the "no reports yet" call to action. */
  reportHref: string;
}

/** The verdict, how sure it is, and what to do: the part people read first. */
export function VerdictCard({ page, lookup, compact, reportHref }: VerdictCardProps) {
  const { t } = page;
  const number = canonicalNumber(lookup);
  const reasons = weightedReasons(lookup, compact ? 3 : 8);
  const notes = zeroWeightNotes(lookup);
  const advice = adviceToList(lookup, compact ? 3 : Infinity);
  const outside = compact ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <section class={`card verdict-${lookup.verdict}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title" class="verdict">
        <VerdictBadge verdict={lookup.verdict} t={t} />
      </h2>
      {lookup.official ? (
        <p>
          {t.officialOf}
          <a href={href(page, `/agencies/${encodeURIComponent(lookup.official.agency_id)}`)} {...outside}>
            {lookup.official.name}
          </a>
          <a class="call" href={`tel:${number}`}>
            {t.callNumber(number)}
          </a>
        </p>
      ) : null}
      {lookup.dispute_open ? <p class="notice">{t.disputeOpen}</p> : null}
      {hasEvidence(lookup) ? (
        <ScoreFacts page={page} lookup={lookup} />
      ) : (
        <div class="no-evidence" data-no-evidence="">
          <p class="lead">{t.noEvidenceTitle}</p>
          <p>{t.noEvidenceText}</p>
          <p>
            {t.noEvidenceAction} <a href={reportHref}>{t.noEvidenceReport} →</a>
          </p>
        </div>
      )}
      <p class="explain">
        <a href={href(page, '/about/scores')} {...outside}>
          {t.scoresExplain}
        </a>
      </p>
      {advice.length ? (
        <>
          <h3>{t.advice}</h3>
          <ul class="advice">
            {advice.map((a) => (
              <li data-advice={a.code}>
                {a.message}
                {a.phone ? (
                  <a class="call" href={`tel:${a.phone.replace(/[^\d+]/g, '')}`}>
                    {t.callNumber(a.phone)}
                  </a>
                ) : null}
                {a.url && /^https:\/\//.test(a.url) ? (
                  <>
                    {' '}
                    <a href={a.url} rel="noopener noreferrer">
                      {a.url}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reasons.length || notes.length ? (
        <>
          <h3>{t.reasons}</h3>
          <ul class="plain reasons">
            {reasons.map((r) => (
              <li class="reason" data-reason={r.code}>
                <span class={`effect ${r.effect}`}>{t.effect[r.effect] ?? r.effect}</span>
                <span>{r.message}</span>
              </li>
            ))}
            {notes.map((r) => (
              <li class="reason note" data-reason={r.code}>
                <span class={`effect ${r.effect === 'abuse' ? 'abuse' : 'note'}`}>{r.effect === 'abuse' ? t.effect.abuse : t.note}</span>
                <span>{r.message}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Probability with its bar, confidence and abuse: only when there is evidence to show. */
function ScoreFacts({ page, lookup }: { page: PageContext; lookup: NumberLookup }) {
  const { t } = page;
  const percent = Math.round(lookup.scam_probability * 100);
  const lower = Math.round(lookup.scam_probability_interval.lower * 100);
  const upper = Math.round(lookup.scam_probability_interval.upper * 100);
  // Thin evidence must not read as certainty: with low confidence the range leads, not the point.
  const headline = lookup.confidence === 'low' && upper > lower ? `${lower}–${upper}%` : `${percent}%`;
  return (
    <dl class="facts">
      <div>
        <dt>{t.scamProbability}</dt>
        <dd data-probability="">
          {headline}
          <svg class="meter-svg" viewBox="0 0 100 6" width="100%" height="8" aria-hidden="true" focusable="false" preserveAspectRatio="none">
            <rect width="100" height="6" rx="3" fill="#e5e7eb" />
            <rect width={Math.max(2, percent)} height="6" rx="3" fill={percent >= 60 ? '#b3261e' : percent >= 35 ? '#8a4b00' : '#1e6b34'} />
          </svg>
          <span class="muted" data-probability-range="">
            {lookup.confidence === 'low' ? t.thinEvidence(percent) : t.probabilityRange(lower, upper)}
          </span>
        </dd>
      </div>
      {lookup.operation && lookup.operation.numbers > 1 ? (
        <div>
          <dt>{t.operation}</dt>
          <dd data-operation="">{t.operationFacts(lookup.operation.name, lookup.operation.numbers)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t.confidence}</dt>
        <dd>{t.confidenceLevel[lookup.confidence] ?? lookup.confidence}</dd>
      </div>
      <div>
        <dt>{t.abuse}</dt>
        <dd>{t.abuseLevel[lookup.abuse.level] ?? lookup.abuse.level}</dd>
      </div>
    </dl>
  );
}
