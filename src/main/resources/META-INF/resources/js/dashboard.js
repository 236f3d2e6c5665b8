// The dashboard works without this script (the server renders every countdown). With it, the
// countdowns tick every second and the list follows /dashboard/deadlines (polled with If-None-Match).
(function () {
  'use strict';
  var board = document.getElementById('deadline-board');
  var rule = window.LekwachtTimeLeft; // js/time-left.js: the server's rule for time left and bands
  if (!board || !window.fetch || !rule) {
    return;
  }
  var HOUR = 3600;
  var etag = board.getAttribute('data-etag');
  // the server's clock rules (it may differ from this computer's): count from its asOf
  var skew = Number(board.getAttribute('data-as-of')) - Date.now();

  // truncated, never rounded up: the dashboard never shows more time than is left
  function countdown(seconds) {
    var left = rule.parts(seconds);
    var text = board.getAttribute(left.overdue ? 'data-overdue' : 'data-remaining');
    return text.replace('HH', String(left.hours)).replace('MM', String(left.minutes));
  }

  function tick() {
    var now = Date.now() + skew;
    var items = board.querySelectorAll('.deadline-item');
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var seconds = rule.secondsLeft(Number(item.getAttribute('data-deadline')), now);
      var b = rule.band(seconds);
      item.className = 'deadline-item band-' + b;
      item.querySelector('.band-label').textContent = board.getAttribute('data-band-' + b);
      item.querySelector('.countdown').textContent = countdown(seconds);
      var width = Math.max(0, Math.min(100, Math.floor(seconds * 100 / (72 * HOUR))));
      item.querySelector('.bar-fill').className = 'bar-fill bar-' + width;
    }
  }

  // The ids, deadlines, steps and failures the server rendered; the countdowns are ticked here.
  function signature(items) {
    return items.map(function (i) {
      var next = i.nextStep ? [i.nextStep.name, i.nextStep.dueAt, i.nextStep.attempts, i.nextStep.nextAttemptAt].join(',') : '';
      return [i.id, i.status, i.deadline, next, i.failedSteps, i.retryingSteps].join('|');
    }).join(';');
  }
  var shown = null;

  function refreshList() {
    return fetch('/dashboard', { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html) { return; }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('deadline-board');
      if (fresh) {
        board.innerHTML = fresh.innerHTML;
        skew = Number(fresh.getAttribute('data-as-of')) - Date.now();
        tick();
      }
    });
  }

  function poll() {
    var headers = { 'Accept': 'application/json' };
    if (etag) { headers['If-None-Match'] = etag; }
    fetch('/dashboard/deadlines', { credentials: 'same-origin', headers: headers }).then(function (response) {
      if (response.status !== 200) { return null; }
      etag = response.headers.get('ETag');
      return response.json();
    }).then(function (list) {
      if (!list) { return; }
      skew = Date.parse(list.asOf) - Date.now();
      var current = signature(list.items);
      if (shown !== null && current === shown) { return; }
      var first = shown === null;
      shown = current;
      if (!first || list.count !== board.querySelectorAll('.deadline-item').length) {
        return refreshList();
      }
    }).catch(function () { /* try again at the next poll */ });
  }

  tick();
  setInterval(tick, 1000);
  setInterval(poll, 10000);
})();
