import type { Verdict } from '../../domain/scoring';
import type { Strings } from '../i18n';

/** Colour and words together: the verdict never depends on colour alone. */
export function VerdictBadge({ verdict, t }: { verdict: Verdict; t: Strings }) {
  return (
    <span class={`badge ${verdict}`} data-verdict={verdict}>
      <span class="icon" aria-hidden="true">
        {t.verdictIcon[verdict]}
      </span>
      {t.verdict[verdict]}
    </span>
  );
}
