/**
 * /widget.js: `<collector-check number="…" lang="…" api-base="…">`, a dependency-free custom
 * element rendered in a Shadow DOM. It reads the public JSON API cross-origin (public GETs
 * send Access-Control-Allow-Origin: *). Everything from the API is written with textContent,
 * never parsed as HTML. Without `number` it shows a search box.
 *
 * With the `privacy` attribute it never sends the number: it loads /widget-phone.js (the
 * server's own number reading, phone-key.generated.ts), hashes the number's key in the page,
 * asks /v1/ranges/<first 5 hex> for that bucket and finds the number in it locally
 * (docs/phones.md, "Private lookup by hash prefix").
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
      failed: '暂时无法查询。', call: '拨打 ', callOfficial: '自己拨打官方号码 ', title: '催收号码查询',
      none: '还没有人举报这个号码', noneWhat: '接到它的催收电话？先问清工号和公司全称，挂断后自己拨打贷款机构的官方客服核实。',
      spoof: '小心：来电显示可以伪造', callBack: '挂断后自己拨打 ', note: '说明：', explain: '这些结果是什么意思？', placeholder: '如 138 0013 8000',
      verify: '正在通话？这样核实对方', private: '私密查询：号码只在本页面计算，没有发送给服务器。', abuse: '骚扰程度', none_level: '无',
      officialNote: '这是登记在册的官方号码。' },
    en: { official: 'Official number', likely_legitimate: 'Likely a real collector', unknown: 'Not enough evidence', suspicious: 'Suspicious',
      likely_scam: 'Likely a scam', probability: 'Scam probability', confidence: 'Confidence', low: 'low', medium: 'medium', high: 'high',
      claimed: 'Claimed to be: ', reports: 'reports', full: 'Full report', search: 'Check', label: 'Phone number', loading: 'Checking…',
      invalid: 'That is not a valid phone number.', failed: 'The lookup is unavailable.', call: 'Call ', callOfficial: 'Call the official number ',
      title: 'Collector Check', none: 'No reports yet',
      noneWhat: 'Got a collection call from it? Ask for the employee ID and company name, then hang up and call the lender’s official hotline yourself.',
      spoof: 'Careful: caller ID can be forged', callBack: 'Hang up and call ', note: 'Note: ', explain: 'What do these results mean?', placeholder: 'e.g. 138 0013 8000',
      verify: 'On the call now? How to verify the caller', private: 'Private lookup: the number was worked out in this page and never sent to the server.',
      abuse: 'Abuse', none_level: 'none', officialNote: 'This is a registered official number.' }
  };
  var ICON = { official: '✔', likely_legitimate: '✔', unknown: '?', suspicious: '!', likely_scam: '✖' };
  var CSS = ':host{all:initial;display:block;max-width:28rem;margin:.5rem 0;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f24}' +
    '.box{border:1px solid #d6dae0;border-top:5px solid var(--v,#4a4f57);border-radius:8px;padding:.75rem;background:#fff}' +
    '.num{font-weight:700;font-size:1.1em;overflow-wrap:anywhere}' +
    '.badge{display:inline-block;margin:.3rem 0;padding:.15rem .7rem;border-radius:999px;color:#fff;font-weight:700;background:var(--v,#4a4f57)}' +
    '.muted{color:#4b5563}ul{margin:.4rem 0;padding-left:1.1rem}li{margin:.15rem 0}a{color:#0b57d0}' +
    'form{margin:0 0 .5rem}label{display:block;font-weight:600;margin:0 0 .2rem}.row{display:flex;gap:.4rem}' +
    '.warn{margin:0 0 .6rem;padding:.5rem .6rem;border:2px solid #b35c00;border-radius:6px;background:#fff4e5;color:#6b3400}.warn p{margin:.2rem 0 .4rem}' +
    '.cta{font-weight:700}.links{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin-top:.4rem}li.note{color:#4b5563}' +
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

  function dial(phone) { return 'tel:' + String(phone).replace(/[^\\d+]/g, ''); }

  class CollectorCheck extends HTMLElement {
    static get observedAttributes() { return ['number', 'lang', 'api-base', 'privacy', 'region']; }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      sheet(this.root);
      this.view = el('div', { part: 'container', 'aria-live': 'polite' });
      this.root.appendChild(this.view);
    }

    // The parser fires attributeChangedCallback once per attribute and then connectedCallback;
    // all of them only ask for a render, which runs once afterwards and only if what it would
    // show (number, language, API) changed. One element, one lookup per change.
    connectedCallback() { this.schedule(); }
    attributeChangedCallback() { if (this.isConnected) this.schedule(); }

    schedule() {
      if (this.pending) return;
      this.pending = true;
      var self = this;
      Promise.resolve().then(function () {
        self.pending = false;
        if (self.isConnected) self.update();
      });
    }

    language() { return /^en/i.test(this.getAttribute('lang') || document.documentElement.lang || '') ? 'en' : 'zh-CN'; }
    base() { return (this.getAttribute('api-base') || scriptOrigin).replace(/\\/+$/, ''); }

    update() {
      var number = (this.getAttribute('number') || '').trim();
      var key = number + '|' + this.language() + '|' + this.base() + '|' + this.hasAttribute('privacy') + '|' + this.getAttribute('region');
      if (key === this.shown) return;
      this.shown = key;
      this.view.textContent = '';
      this.result = el('div');
      if (!number) this.view.appendChild(this.searchForm());
      this.view.appendChild(this.result);
      if (number) this.lookup(number);
    }

    searchForm() {
      var t = TEXT[this.language()], self = this;
      var id = 'cc-q';
      var input = el('input', { id: id, type: 'search', inputmode: 'tel', autocomplete: 'tel', required: '', maxlength: '64', placeholder: t.placeholder });
      var form = el('form', { role: 'search' }, [
        el('label', { for: id, text: t.label }),
        el('div', { class: 'row' }, [input, el('button', { type: 'submit', text: t.search })])
      ]);
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
      if (this.hasAttribute('privacy')) return this.privateLookup(number, seq);
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

    // The number stays in the page: only the first 5 hex characters of its key's SHA-256 are sent.
    privateLookup(number, seq) {
      var t = TEXT[this.language()], self = this, base = this.base();
      phoneModule(base)
        .then(function (phone) { return phone.hashedNumber(number, self.getAttribute('region') || undefined); })
        .then(function (n) {
          if (seq !== self.seq) return;
          if (!n) return self.message(t.invalid);
          return fetch(base + '/v1/ranges/' + n.hash.slice(0, 5), { headers: { accept: 'application/json' }, credentials: 'omit' })
            .then(function (res) { return res.ok ? res.json() : Promise.reject(new Error(String(res.status))); })
            .then(function (body) {
              if (seq !== self.seq) return;
              var suffix = n.hash.slice(5);
              self.showPrivate(n, (body.items || []).filter(function (item) { return item.suffix === suffix; })[0] || null);
            });
        })
        .catch(function () { if (seq === self.seq) self.message(t.failed); });
    }

    showPrivate(n, item) {
      var lang = this.language(), t = TEXT[lang], base = this.base();
      var verdict = item && COLOR[item.verdict] ? item.verdict : 'unknown';
      var box = el('div', { class: 'box', part: 'result', 'data-verdict': verdict, 'data-private': '', role: 'group', 'aria-label': t.title }, [
        el('div', { class: 'num', text: n.shown }),
        el('div', { class: 'badge', text: ICON[verdict] + ' ' + t[verdict] }),
        item
          ? el('div', { class: 'muted', 'data-probability': '', text: t.probability + ' ' + Math.round(item.scam_probability * 100) + '% · ' + t.abuse + ' ' +
            (item.abuse_level === 'none' ? t.none_level : t[item.abuse_level] || item.abuse_level) })
          : el('div', { 'data-no-evidence': '' }, [el('strong', { text: t.none }), el('p', { class: 'muted', text: t.noneWhat })]),
        item && item.official ? el('div', { text: t.officialNote }) : null,
        el('p', { class: 'muted', 'data-private-note': '', text: t.private }),
        this.links(base, lang)
      ]);
      box.style.setProperty('--v', COLOR[verdict]);
      this.result.textContent = '';
      this.result.appendChild(box);
    }

    links(base, lang, number) {
      var t = TEXT[lang];
      return el('div', { class: 'links' }, [
        number ? el('a', { href: base + '/n/' + encodeURIComponent(number) + '?lang=' + lang, target: '_blank', rel: 'noopener', text: t.full + ' →' }) : null,
        el('a', { href: base + '/verify?lang=' + lang, target: '_blank', rel: 'noopener', 'data-verify-link': '', text: t.verify }),
        el('a', { href: base + '/about/scores?lang=' + lang, target: '_blank', rel: 'noopener', text: t.explain })
      ]);
    }

    message(text) {
      this.result.textContent = '';
      this.result.appendChild(el('p', { class: 'muted', role: 'alert', text: text }));
    }

    show(data) {
      var lang = this.language(), t = TEXT[lang], base = this.base();
      var verdict = COLOR[data.verdict] ? data.verdict : 'unknown';
      var number = data.number.e164 || String(data.number.key).replace(/^[A-Z]{2}:/, '');
      var reasons = data.reasons || [], advice = data.advice || [];
      var isOfficial = verdict === 'official' && data.official;
      // Mirrors src/web/lookup-reading.ts: spoofing warning first, zero-weight notes always, no percentage without evidence.
      var spoof = isOfficial ? reasons.filter(function (r) { return r.code === 'spoofing_reports'; })[0] : null;
      var callBack = advice.filter(function (a) { return a.code === 'call_back_official' && a.phone; })[0];
      var weighted = reasons.filter(function (r) { return r.code !== 'prior' && r.weight; })
        .sort(function (a, b) { return Math.abs(b.weight) - Math.abs(a.weight); }).slice(0, 3);
      var notes = reasons.filter(function (r) { return r.code !== 'prior' && !r.weight && r !== spoof; });
      var evidence = (data.reports && data.reports.total > 0) || data.official || weighted.length > 0;
      var claims = (data.claimed_agencies || []).slice(0, 2).map(function (c) { return c.name; }).join(lang === 'en' ? ', ' : '、');
      // On an official number the thing to do is to call it back yourself; elsewhere, the first advice with a number.
      var cta = isOfficial ? { phone: number, text: t.callOfficial + number } : null;
      if (!cta) {
        var first = advice.filter(function (a) { return a.phone; })[0];
        if (first) cta = { phone: first.phone, text: t.call + first.phone };
      }
      var spoofPhone = spoof ? (callBack ? callBack.phone : number) : null;
      var box = el('div', { class: 'box', part: 'result', 'data-verdict': verdict, role: 'group', 'aria-label': t.title }, [
        spoof ? el('div', { class: 'warn', role: 'alert', 'data-spoofing-warning': '' }, [
          el('strong', { text: t.spoof }), el('p', { text: spoof.message }),
          el('a', { class: 'cta', href: dial(spoofPhone), text: t.callBack + spoofPhone })
        ]) : null,
        el('div', { class: 'num', text: groupedNumber(data.number) }),
        el('div', { class: 'badge', text: ICON[verdict] + ' ' + t[verdict] }),
        evidence
          ? el('div', { class: 'muted', 'data-probability': '', text: t.probability + ' ' + percentText(data) + ' · ' + t.confidence + ' ' +
            (t[data.confidence] || data.confidence) + ' · ' + ((data.reports && data.reports.total) || 0) + ' ' + t.reports })
          : el('div', { 'data-no-evidence': '' }, [el('strong', { text: t.none }), el('p', { class: 'muted', text: t.noneWhat })]),
        claims ? el('div', { text: t.claimed + claims }) : null,
        weighted.length || notes.length ? el('ul', {}, weighted.map(function (r) { return el('li', { text: r.message }); })
          .concat(notes.map(function (r) { return el('li', { class: 'note', 'data-reason': r.code, text: (r.effect === 'abuse' ? '' : t.note) + r.message }); }))) : null,
        cta && !spoof ? el('div', {}, [el('a', { class: 'cta', href: dial(cta.phone), text: cta.text })]) : null,
        this.links(base, lang, number)
      ]);
      box.style.setProperty('--v', COLOR[verdict]);
      this.result.textContent = '';
      this.result.appendChild(box);
    }
  }

  // One copy of the number reading per API origin, loaded on first private lookup (about 200 KB, 50 KB gzipped).
  var phoneModules = {};
  function phoneModule(base) {
    if (!phoneModules[base]) {
      phoneModules[base] = import(base + '/widget-phone.js').catch(function (error) { delete phoneModules[base]; throw error; });
    }
    return phoneModules[base];
  }

  // Thin evidence must not read as certainty: with low confidence the range is shown, not the point.
  function percentText(data) {
    var range = data.scam_probability_interval;
    var lower = range ? Math.round(range.lower * 100) : null, upper = range ? Math.round(range.upper * 100) : null;
    if (data.confidence === 'low' && range && upper > lower) return lower + '–' + upper + '%';
    return Math.round(data.scam_probability * 100) + '%';
  }
  // 106 SMS gateways in fours from the right, as src/web/number-display.ts groups them.
  function groupedNumber(n) {
    var digits = /^CN:(106\\d+)$/.exec(String(n.key));
    if (!digits) return n.national || String(n.key).replace(/^[A-Z]{2}:/, '');
    var d = digits[1], head = 3 + ((d.length - 3) % 4), out = [d.slice(0, head)];
    for (var i = head; i < d.length; i += 4) out.push(d.slice(i, i + 4));
    return out.join(' ');
  }

  customElements.define('collector-check', CollectorCheck);
})();
`;
