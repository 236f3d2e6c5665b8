// The one rule for the time left until a deadline, as the server's common/TimeLeft has it:
// whole seconds, rounded down; at 0 seconds or less the deadline has passed; what is shown
// (hours, minutes) is truncated, never rounded up. TimeLeftScriptTest runs this file against the
// server's rule.
(function (exports) {
  'use strict';
  var HOUR = 3600;

  function secondsLeft(deadlineMillis, nowMillis) {
    return Math.floor((deadlineMillis - nowMillis) / 1000);
  }

  function overdue(seconds) {
    return seconds <= 0;
  }

  // overdue at 0 s or less; urgent under 12 h; soon from 12 h up to and including 24 h; ok above
  function band(seconds) {
    if (overdue(seconds)) { return 'overdue'; }
    if (seconds < 12 * HOUR) { return 'urgent'; }
    return seconds <= 24 * HOUR ? 'soon' : 'ok';
  }

  // the time left, or once overdue the time since the deadline, in whole hours and minutes
  function parts(seconds) {
    var magnitude = Math.abs(seconds);
    return { overdue: overdue(seconds), hours: Math.floor(magnitude / HOUR), minutes: Math.floor(magnitude % HOUR / 60) };
  }

  exports.LekwachtTimeLeft = { secondsLeft: secondsLeft, overdue: overdue, band: band, parts: parts };
})(typeof module !== 'undefined' && module.exports ? module.exports : window);
