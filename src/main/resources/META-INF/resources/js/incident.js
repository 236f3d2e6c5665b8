// Progressive enhancement only: after a refused form, move the focus to the error summary.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
