import type { ReportComplaints } from '../../services/complaints';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { href, type PageContext } from '../page-context';
import { complaintsText } from '../text/complaints';

/**
 * `/my/reports/{id}/complaint`: one ready-to-send text per channel, each with its contact and
 * source. The text sits in a read-only field anyone can select; /assets/page.js adds the copy
 * buttons (they stay hidden without JavaScript).
 */
export function ComplaintsPage({ page, complaints }: { page: PageContext; complaints: ReportComplaints }) {
  const t = complaintsText(page.lang);
  const number = displayKey(complaints.number.key);
  return (
    <Layout page={page} title={`${t.title} · ${number} · ${page.t.siteName}`} description={t.intro(number)}>
      <h1>{t.title}</h1>
      <p>{t.intro(number)}</p>
      {complaints.drafts.length ? (
        <nav class="chips complaint-nav" aria-label={t.title}>
          {complaints.drafts.map((d) => (
            <a href={`#draft-${d.channel}`}>{t.channels[d.channel]}</a>
          ))}
        </nav>
      ) : (
        <p class="notice">{t.none}</p>
      )}
      {complaints.drafts.map((draft) => {
        const id = `draft-${draft.channel}`;
        return (
          <section class="card complaint" id={id} aria-labelledby={`${id}-title`} data-channel={draft.channel}>
            <h2 id={`${id}-title`}>{t.channels[draft.channel]}</h2>
            <p class="hint">{t.when[draft.channel]}</p>
            <p>
              {t.contact}:{' '}
              {draft.contact.kind === 'phone' ? (
                <a class="button" href={`tel:${draft.contact.value}`}>
                  {t.call(draft.contact.value)}
                </a>
              ) : (
                <a class="button" href={draft.contact.value} rel="noopener noreferrer external">
                  {t.open}
                </a>
              )}{' '}
              <span class="muted">{draft.contact.label}</span>
            </p>
            <p class="hint">
              {t.source}: {draft.contact.source}
            </p>
            <label for={`${id}-text`}>{t.textLabel}</label>
            <textarea id={`${id}-text`} class="complaint-text" readonly rows={14}>
              {`${draft.subject}\n\n${draft.text}`}
            </textarea>
            <button type="button" class="copy" data-copy={`${id}-text`} data-copied-text={t.copied} hidden>
              {t.copy}
            </button>
          </section>
        );
      })}
      <p>
        <a href={href(page, '/my/reports')}>{t.back}</a>
      </p>
    </Layout>
  );
}
