import type { NumberLookup } from '../../services/lookup';
import type { PageContext } from '../page-context';
import { agencyCheckText } from '../text/agency-checks';

/** The companies callers named, each with whether its lender's published list carries it and where that list is. */
export function AgencyChecks({ page, checks }: { page: PageContext; checks: NumberLookup['agency_checks'] }) {
  if (!checks.length) return null;
  const text = agencyCheckText(page.lang);
  const status = { listed: text.listed, not_listed: text.notListed, no_list: text.noList };
  return (
    <div id="agency-checks">
      <h3>{text.title}</h3>
      <p class="hint">{text.intro}</p>
      <ul class="plain">
        {checks.map((check) => (
          <li data-agency-check={check.status}>
            <strong>{check.company}</strong> <span class="muted">· {text.forLender(check.lender.name)} · {text.reports(check.reports)}</span>
            <div class={`check ${check.status}`}>{status[check.status]}</div>
            {check.listed_as?.registration_number ? <div class="hint">{text.registration(check.listed_as.registration_number)}</div> : null}
            {check.source ? (
              <div class="hint">
                <a href={check.source.url} rel="noopener noreferrer nofollow">
                  {text.source(check.source.title, check.source.published_on)}
                </a>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
