import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../deps';
import type { Lang } from '../../http/lang';
import { ProblemError, text } from '../../http/problem';
import { isProblemType, problemTypes, type ProblemType } from '../../http/problem-types';

const page = {
  heading: text('错误类型', 'Problem types'),
  intro: text(
    '接口出错时返回 RFC 9457 格式的 application/problem+json，其中 type 是下面某个页面的地址，title 是它的标题，detail 说明这一次具体出了什么问题。',
    'When a request fails, the API answers with RFC 9457 application/problem+json: its type is the address of one of these pages, its title the page title, and its detail says what went wrong this time.',
  ),
  status: text('HTTP 状态码', 'HTTP status'),
  all: text('所有错误类型', 'All problem types'),
  docs: text('接口文档', 'API reference'),
  otherLanguage: text('English', '中文'),
};

const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

function layout(lang: Lang, title: string, self: string, body: unknown) {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · collector-check</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;max-width:720px;margin:0 auto;padding:1rem;color:#1a1a1a}
code{font-family:ui-monospace,monospace;font-size:.9em}
nav{display:flex;gap:1rem;font-size:.9em}
dt{font-weight:700;margin-top:.75rem}
</style>
</head>
<body>
<nav><a href="/problems?lang=${lang}">${page.all[lang]}</a><a href="/docs">${page.docs[lang]}</a><a href="${self}?lang=${otherLang(lang)}" hreflang="${otherLang(lang)}" lang="${otherLang(lang)}">${page.otherLanguage[lang]}</a></nav>
${body}
</body>
</html>`;
}

/**
 * `/problems/{name}`: what each problem `type` means, in the person's language. These are
 * the URIs problems name (`<origin>/problems/<name>`), so a `type` always resolves.
 */
export const problemRoutes = new Hono<AppEnv>()
  .get('/problems', (c) => {
    const lang = c.var.lang;
    const names = Object.keys(problemTypes) as ProblemType[];
    c.header('cache-control', 'public, max-age=86400');
    c.header('content-language', lang);
    return c.html(
      layout(
        lang,
        page.heading[lang],
        '/problems',
        html`<h1>${page.heading[lang]}</h1>
<p>${page.intro[lang]}</p>
<dl>${names.map(
          (name) => html`<dt><a href="/problems/${name}?lang=${lang}"><code>${name}</code></a> · ${problemTypes[name].title[lang]}</dt>
<dd>${problemTypes[name].explanation[lang]}</dd>`,
        )}</dl>`,
      ),
    );
  })
  .get('/problems/:name', (c) => {
    const name = c.req.param('name');
    if (!isProblemType(name)) {
      throw new ProblemError(404, 'not-found', text(`没有名为 "${name}" 的错误类型。`, `There is no problem type "${name}".`));
    }
    const lang = c.var.lang;
    const info = problemTypes[name];
    c.header('cache-control', 'public, max-age=86400');
    c.header('content-language', lang);
    return c.html(
      layout(
        lang,
        info.title[lang],
        `/problems/${name}`,
        html`<h1>${info.title[lang]}</h1>
<p><code>${name}</code> · ${page.status[lang]} <code>${info.status}</code></p>
<p>${info.explanation[lang]}</p>
<p>${page.intro[lang]}</p>`,
      ),
    );
  });
