import type { DisputeStatusView } from '../../services/disputes';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { chinaTime, href, numberPath, type PageContext } from '../page-context';
import { disputeText } from '../text/disputes';
import { myReportsText } from '../text/my-reports';

/** `/disputes/{id}`: where a dispute stands. Shows what `GET /v1/disputes/{id}` shows: no statement, no contact. */
export function DisputeStatusPage({ page, dispute, filed }: { page: PageContext; dispute: DisputeStatusView; filed: boolean }) {
  const text = disputeText(page.lang);
  const number = dispute.number.replace(/^[A-Z]{2}:/, '');
  const when = (iso: string) => myReportsText(page.lang).chinaTime(chinaTime(iso));
  return (
    <Layout page={page} title={`${text.statusTitle} · ${page.t.siteName}`}>
      <h1>{text.statusTitle}</h1>
      {filed ? (
        <p class="notice ok" role="status">
          {text.filed}
        </p>
      ) : null}
      <section class="card" aria-labelledby="dispute-status">
        <h2 id="dispute-status" data-dispute-status={dispute.status}>
          {text.status}
          {page.t.colon}
          {text.statuses[dispute.status] ?? dispute.status}
        </h2>
        <p>{text.statusExplain[dispute.status]}</p>
        <dl class="facts">
          <div>
            <dt>{text.number}</dt>
            <dd>
              <a href={href(page, numberPath(number))}>{displayKey(dispute.number)}</a>
            </dd>
          </div>
          <div>
            <dt>{text.relationLabel}</dt>
            <dd>{text.relations[dispute.relation] ?? dispute.relation}</dd>
          </div>
          <div>
            <dt>{text.createdAt}</dt>
            <dd>
              <time datetime={dispute.created_at}>{when(dispute.created_at)}</time>
            </dd>
          </div>
          {dispute.resolved_at ? (
            <div>
              <dt>{text.resolvedAt}</dt>
              <dd>
                <time datetime={dispute.resolved_at}>{when(dispute.resolved_at)}</time>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{text.id}</dt>
            <dd class="code">{dispute.id}</dd>
          </div>
        </dl>
      </section>
      <p>
        <a href={href(page, numberPath(number))}>← {text.backToNumber}</a>
      </p>
    </Layout>
  );
}
