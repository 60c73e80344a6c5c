/**
 * Quartiers#Douai kit — sends what an element collects to the site (plugin's own script).
 *
 * `<qd-audience-vote collect="event" data-qd-collect="…">`: each `qd-vote` is posted to the site,
 * and taken (`preventDefault()`) only once the site accepted it. The element's event must be
 * answered while it is dispatched, so the request is synchronous (a small local request); when
 * the site refuses it (closed vote, no connection) the element keeps the choice and says
 * « Votre vote n'a pas été gardé ».
 * `<qd-autodiag data-qd-collect="…">`: each `qd-complete` (levels only, never the answers) is
 * posted in the background.
 * Nothing else is sent: no identifier but a random key per
 * vote that makes a repeat count once.
 */
(function () {
  'use strict';

  function key() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map
      .call(b, function (x) {
        return ('0' + x.toString(16)).slice(-2);
      })
      .join('');
  }

  function target(event) {
    var el = event.target;
    return el && el.getAttribute && el.getAttribute('data-qd-collect');
  }

  document.addEventListener('qd-vote', function (event) {
    var url = target(event);
    if (!url || event.defaultPrevented) return;
    var xhr = new XMLHttpRequest();
    try {
      xhr.open('POST', url, false);
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.setRequestHeader('Idempotency-Key', key());
      xhr.send(JSON.stringify(event.detail));
    } catch (e) {
      return; // offline: not taken, the element says so
    }
    if (xhr.status >= 200 && xhr.status < 300) event.preventDefault();
    else if (window.console) console.warn('[quartiers-douai] ' + xhr.responseText);
  });

  document.addEventListener('qd-complete', function (event) {
    var url = target(event);
    if (!url || event.target.localName !== 'qd-autodiag') return;
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key() },
      body: JSON.stringify({ levels: event.detail && event.detail.levels }),
      credentials: 'omit',
      keepalive: true,
    }).catch(function () {});
  });
})();
