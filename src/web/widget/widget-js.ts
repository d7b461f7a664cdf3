/**
 * /widget.js: `<collector-check number="…" lang="…" api-base="…">`, a dependency-free custom
 * element rendered in a Shadow DOM. It reads the public JSON API cross-origin (public GETs
 * send Access-Control-Allow-Origin: *). Everything from the API is written with textContent,
 * never parsed as HTML. Without `number` it shows a search box.
 *
 * Kept as a string (not a bundled module) so both runtimes serve it as-is with no build step.
 */
export const widgetJs = `/* collector-check widget: <collector-check number="95188" lang="zh-CN"></collector-check> */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('collector-check')) return;
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  var TEXT = {
    'zh-CN': { official: '官方号码', likely_legitimate: '可能是正规催收', unknown: '暂无定论', suspicious: '可疑', likely_scam: '疑似诈骗',
      probability: '诈骗可能性', confidence: '可信度', low: '低', medium: '中', high: '高', claimed: '自称代表：', reports: '条举报',
      full: '查看完整结果', search: '查询', label: '电话号码', loading: '正在查询…', invalid: '这不是一个有效的电话号码。',
      failed: '暂时无法查询。', call: '拨打 ', title: '催收号码查询' },
    en: { official: 'Official number', likely_legitimate: 'Likely a real collector', unknown: 'Not enough evidence', suspicious: 'Suspicious',
      likely_scam: 'Likely a scam', probability: 'Scam probability', confidence: 'Confidence', low: 'low', medium: 'medium', high: 'high',
      claimed: 'Claimed to be: ', reports: 'reports', full: 'Full report', search: 'Check', label: 'Phone number', loading: 'Checking…',
      invalid: 'That is not a valid phone number.', failed: 'The lookup is unavailable.', call: 'Call ', title: 'Collector Check' }
  };
  var ICON = { official: '✔', likely_legitimate: '✔', unknown: '?', suspicious: '!', likely_scam: '✖' };
  var CSS = ':host{all:initial;display:block;max-width:28rem;margin:.5rem 0;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f24}' +
    '.box{border:1px solid #d6dae0;border-top:5px solid var(--v,#4a4f57);border-radius:8px;padding:.75rem;background:#fff}' +
    '.num{font-weight:700;font-size:1.1em;overflow-wrap:anywhere}' +
    '.badge{display:inline-block;margin:.3rem 0;padding:.15rem .7rem;border-radius:999px;color:#fff;font-weight:700;background:var(--v,#4a4f57)}' +
    '.muted{color:#4b5563}ul{margin:.4rem 0;padding-left:1.1rem}li{margin:.15rem 0}a{color:#0b57d0}' +
    'form{display:flex;gap:.4rem;margin:0 0 .5rem}label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
    'input{flex:1;min-width:0;font:inherit;padding:.4rem .5rem;border:1px solid #767d87;border-radius:6px}' +
    'button{font:inherit;font-weight:600;border:0;border-radius:6px;padding:.4rem .9rem;background:#0b57d0;color:#fff;cursor:pointer}' +
    ':focus-visible{outline:3px solid #ff9f1a;outline-offset:2px}';
  var COLOR = { official: '#0b5394', likely_legitimate: '#1e6b34', unknown: '#4a4f57', suspicious: '#8a4b00', likely_scam: '#b3261e' };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    for (var key in props || {}) {
      if (key === 'text') node.textContent = props[key];
      else node.setAttribute(key, props[key]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function sheet(root) {
    try {
      var css = new CSSStyleSheet();
      css.replaceSync(CSS);
      root.adoptedStyleSheets = [css]; // not subject to the host page's style-src CSP
    } catch (e) {
      root.appendChild(el('style', { text: CSS }));
    }
  }

  class CollectorCheck extends HTMLElement {
    static get observedAttributes() { return ['number', 'lang', 'api-base']; }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      sheet(this.root);
      this.view = el('div', { part: 'container', 'aria-live': 'polite' });
      this.root.appendChild(this.view);
    }

    connectedCallback() { this.update(); }
    attributeChangedCallback() { if (this.isConnected) this.update(); }

    language() { return /^en/i.test(this.getAttribute('lang') || document.documentElement.lang || '') ? 'en' : 'zh-CN'; }
    base() { return (this.getAttribute('api-base') || scriptOrigin).replace(/\\/+$/, ''); }

    update() {
      var number = (this.getAttribute('number') || '').trim();
      this.view.textContent = '';
      this.result = el('div');
      if (!number) this.view.appendChild(this.searchForm());
      this.view.appendChild(this.result);
      if (number) this.lookup(number);
    }

    searchForm() {
      var t = TEXT[this.language()], self = this;
      var id = 'cc-q';
      var input = el('input', { id: id, type: 'search', inputmode: 'tel', required: '', maxlength: '64' });
      var form = el('form', { role: 'search' }, [el('label', { for: id, text: t.label }), input, el('button', { type: 'submit', text: t.search })]);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (input.value.trim()) self.lookup(input.value.trim());
      });
      return form;
    }

    lookup(number) {
      var t = TEXT[this.language()], self = this, seq = (this.seq = (this.seq || 0) + 1);
      this.result.textContent = '';
      this.result.appendChild(el('p', { class: 'muted', text: t.loading }));
      var url = this.base() + '/v1/numbers/' + encodeURIComponent(number) + '?lang=' + this.language();
      fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' })
        .then(function (res) { return res.json().then(function (body) { return { status: res.status, body: body }; }); })
        .then(function (answer) {
          if (seq !== self.seq) return;
          if (answer.status === 200) self.show(answer.body);
          else self.message(answer.status === 400 ? t.invalid : t.failed);
        })
        .catch(function () { if (seq === self.seq) self.message(t.failed); });
    }

    message(text) {
      this.result.textContent = '';
      this.result.appendChild(el('p', { class: 'muted', role: 'alert', text: text }));
    }

    show(data) {
      var lang = this.language(), t = TEXT[lang];
      var verdict = COLOR[data.verdict] ? data.verdict : 'unknown';
      var number = data.number.e164 || String(data.number.key).replace(/^[A-Z]{2}:/, '');
      var reasons = (data.reasons || []).filter(function (r) { return r.code !== 'prior' && r.weight; })
        .sort(function (a, b) { return Math.abs(b.weight) - Math.abs(a.weight); }).slice(0, 3);
      var claims = (data.claimed_agencies || []).slice(0, 2).map(function (c) { return c.name; }).join(lang === 'en' ? ', ' : '、');
      var advice = (data.advice || []).filter(function (a) { return a.phone; })[0];
      var box = el('div', { class: 'box', part: 'result', 'data-verdict': verdict, role: 'group', 'aria-label': t.title }, [
        el('div', { class: 'num', text: data.number.national || number }),
        el('div', { class: 'badge', text: ICON[verdict] + ' ' + t[verdict] }),
        el('div', { class: 'muted', text: t.probability + ' ' + Math.round(data.scam_probability * 100) + '% · ' + t.confidence + ' ' + (t[data.confidence] || data.confidence) +
          ' · ' + ((data.reports && data.reports.total) || 0) + ' ' + t.reports }),
        claims ? el('div', { text: t.claimed + claims }) : null,
        reasons.length ? el('ul', {}, reasons.map(function (r) { return el('li', { text: r.message }); })) : null,
        advice ? el('div', {}, [el('a', { href: 'tel:' + String(advice.phone).replace(/[^\\d+]/g, ''), text: t.call + advice.phone })]) : null,
        el('a', { href: this.base() + '/n/' + encodeURIComponent(number) + '?lang=' + lang, target: '_blank', rel: 'noopener', text: t.full + ' →' })
      ]);
      box.style.setProperty('--v', COLOR[verdict]);
      this.result.textContent = '';
      this.result.appendChild(box);
    }
  }

  customElements.define('collector-check', CollectorCheck);
})();
`;
