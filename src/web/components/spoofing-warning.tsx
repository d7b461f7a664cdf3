import type { NumberLookup } from '../../services/lookup';
import { spoofingAlert } from '../lookup-reading';
import { canonicalNumber } from '../number-display';
import type { PageContext } from '../page-context';

/**
 * First thing on the page for an official number that people say was faked. The badge below
 * says "official", which is exactly what a spoofed call wants the person to believe.
 * Always rendered (empty when there is nothing to warn about) so page.js can refresh it.
 */
export function SpoofingWarning({ page, lookup }: { page: PageContext; lookup: NumberLookup }) {
  const alert = spoofingAlert(lookup);
  const phone = alert ? (alert.phone ?? canonicalNumber(lookup)) : null;
  return (
    <div id="alert-region">
      {alert && phone ? (
        <section class="notice warning spoof" role="alert" aria-labelledby="spoof-title" data-spoofing-warning="">
          <h2 id="spoof-title">{page.t.spoofTitle}</h2>
          <p>{alert.message}</p>
          <a class="button" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
            {page.t.spoofCall(phone)}
          </a>
        </section>
      ) : null}
    </div>
  );
}
