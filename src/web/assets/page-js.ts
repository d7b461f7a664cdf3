/**
 * /assets/page.js: progressive enhancement only. Every page works without it; with it the
 * report form submits in place, the call time uses the browser's time zone, and the embed
 * snippets get copy buttons. Plain ES2017, no framework, nothing inline (the CSP forbids it).
 */
export const pageJs = `(function () {
  'use strict';
  var pad = function (n) { return (n < 10 ? '0' : '') + n; };

  function browserOffset() {
    var minutes = -new Date().getTimezoneOffset();
    var sign = minutes < 0 ? '-' : '+';
    minutes = Math.abs(minutes);
    return sign + pad(Math.floor(minutes / 60)) + ':' + pad(minutes % 60);
  }

  function localValue(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' + pad(date.getHours()) + ':' + pad(date.getMinutes());
  }

  // The server rendered "now" in China time; show the same instant in the browser's zone.
  function useBrowserTimeZone(form) {
    var offset = form.querySelector('input[name=tz_offset]');
    var calledAt = form.querySelector('input[name=called_at]');
    if (!offset || !calledAt) return;
    var instant = new Date(calledAt.value + ':00' + offset.value);
    offset.value = browserOffset();
    if (!isNaN(instant.getTime())) calledAt.value = localValue(instant);
  }

  function showStatus(form, ok, message, errors) {
    var box = form.querySelector('#report-status');
    if (!box) return;
    box.textContent = '';
    var notice = document.createElement(ok ? 'p' : 'div');
    notice.className = 'notice ' + (ok ? 'ok' : 'error');
    notice.textContent = message || '';
    if (errors && errors.length) {
      var list = document.createElement('ul');
      errors.forEach(function (text) {
        var item = document.createElement('li');
        item.textContent = text;
        list.appendChild(item);
      });
      notice.appendChild(list);
    }
    box.appendChild(notice);
  }

  // Re-reads the page and swaps in the parts a new report changes.
  function refreshParts() {
    var url = new URL(location.href);
    url.searchParams.delete('msg');
    return fetch(url.toString(), { credentials: 'same-origin' }).then(function (res) { return res.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      ['alert-region', 'verdict-region', 'evidence', 'recent-reports'].forEach(function (id) {
        var now = document.getElementById(id);
        var next = fresh.getElementById(id);
        if (now && next) now.replaceWith(document.importNode(next, true));
      });
    });
  }

  function enhanceReportForm(form) {
    useBrowserTimeZone(form);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var label = button ? button.textContent : '';
      if (button) { button.disabled = true; button.textContent = button.getAttribute('data-busy-text') || label; }
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (res) { return res.json().catch(function () { return { ok: false, errors: [res.status + ' ' + res.statusText] }; }); })
        .then(function (result) {
          showStatus(form, result.ok, result.message, result.errors);
          if (!result.ok) return;
          var comment = form.querySelector('textarea[name=comment]');
          if (comment) comment.value = '';
          form.querySelectorAll('input[name=tags]').forEach(function (box) { box.checked = false; });
          return refreshParts();
        })
        .catch(function () { form.submit(); })
        .then(function () {
          if (button) { button.disabled = false; button.textContent = label; }
          var status = form.querySelector('#report-status');
          if (status) status.scrollIntoView({ block: 'nearest' });
        });
    });
  }

  function enhanceCopyButtons() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) return;
      button.hidden = false;
      var label = button.textContent;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent || '').then(function () {
          button.textContent = button.getAttribute('data-copied-text') || label;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }

  function start() {
    document.querySelectorAll('form[data-enhance=report]').forEach(enhanceReportForm);
    enhanceCopyButtons();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
