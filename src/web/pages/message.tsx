import { SearchForm } from '../components/search-form';
import { Layout } from '../layout';
import type { PageContext } from '../page-context';

/** A page that only says something went wrong (bad number, unknown agency) and offers the search. */
export function MessagePage({ page, title, message, query }: { page: PageContext; title: string; message: string; query?: string }) {
  return (
    <Layout page={page} title={`${title} · ${page.t.siteName}`}>
      <h1>{title}</h1>
      <p class="notice error">{message}</p>
      <section class="card">
        <SearchForm page={page} value={query} />
      </section>
    </Layout>
  );
}
