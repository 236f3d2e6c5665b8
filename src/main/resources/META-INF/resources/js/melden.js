// Progressive enhancement only: the form works without this script (the server ignores device
// fields for a data leak, and the AP question for a device). With it, only the relevant part shows.
(function () {
  'use strict';
  var form = document.querySelector('.report-form');
  if (!form) {
    return;
  }
  var parts = form.querySelectorAll('.kind-specific');
  function update() {
    var checked = form.querySelector('input[name="kind"]:checked');
    for (var i = 0; i < parts.length; i++) {
      var kinds = parts[i].getAttribute('data-kinds').split(' ');
      parts[i].hidden = !checked || kinds.indexOf(checked.value) < 0;
    }
  }
  form.addEventListener('change', function (event) {
    if (event.target.name === 'kind') {
      update();
    }
  });
  update();
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
