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

  // Errors arrive as [{field, label, message}]: a summary in the status box (each entry linking
  // to its field) and the message again under the field's label, as the no-JS page renders them.
  function showStatus(form, result) {
    var box = form.querySelector('#report-status');
    if (!box) return;
    box.textContent = '';
    clearFieldErrors(form);
    var errors = result.errors || [];
    var notice = document.createElement(result.ok ? 'p' : 'div');
    notice.className = 'notice ' + (result.ok ? 'ok' : 'error error-summary');
    notice.textContent = result.message || '';
    if (result.ok && result.complaint_url) {
      // The stored report's complaint texts, as the no-JS notice links them.
      var link = document.createElement('a');
      link.href = result.complaint_url;
      link.textContent = result.complaint_label || result.complaint_url;
      notice.appendChild(document.createTextNode(' '));
      notice.appendChild(link);
    }
    if (!result.ok) notice.setAttribute('tabindex', '-1');
    if (errors.length) {
      var list = document.createElement('ul');
      errors.forEach(function (error) {
        var item = document.createElement('li');
        if (error.field && error.label) {
          var link = document.createElement('a');
          link.href = '#f-' + error.field;
          link.textContent = error.label;
          item.appendChild(link);
          item.appendChild(document.createTextNode((result.colon || ': ') + error.message));
          showFieldError(form, error.field, error.message);
        } else {
          item.textContent = typeof error === 'string' ? error : error.message;
        }
        list.appendChild(item);
      });
      notice.appendChild(list);
    }
    box.appendChild(notice);
  }

  function clearFieldErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (p) { p.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && !/-error$/.test(id); });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
    });
    form.querySelectorAll('fieldset.invalid').forEach(function (el) { el.classList.remove('invalid'); });
  }

  function showFieldError(form, field, message) {
    var holder = form.querySelector('[data-field="' + field + '"]');
    if (!holder) return;
    var id = 'f-' + field + '-error';
    var p = document.getElementById(id);
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error';
      p.id = id;
      var heading = holder.querySelector('label, legend');
      if (heading) heading.after(p); else holder.prepend(p);
    }
    p.textContent = p.textContent ? p.textContent + ' ' + message : message;
    var control = document.getElementById('f-' + field) || holder;
    control.setAttribute('aria-invalid', 'true');
    var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (described.indexOf(id) < 0) described.push(id);
    control.setAttribute('aria-describedby', described.join(' '));
    if (holder.tagName === 'FIELDSET') holder.classList.add('invalid');
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
        .then(function (res) { return res.json().catch(function () { return { ok: false, errors: [{ field: null, message: res.status + ' ' + res.statusText }] }; }); })
        .then(function (result) {
          showStatus(form, result);
          if (!result.ok) return;
          var comment = form.querySelector('textarea[name=comment]');
          if (comment) comment.value = '';
          form.querySelectorAll('input[name=tags]').forEach(function (box) { box.checked = false; });
          return refreshParts();
        })
        .catch(function () { form.submit(); })
        .then(function () {
          if (button) { button.disabled = false; button.textContent = label; }
          var summary = form.querySelector('.error-summary');
          var status = form.querySelector('#report-status');
          if (summary) summary.focus();
          else if (status) status.scrollIntoView({ block: 'nearest' });
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
