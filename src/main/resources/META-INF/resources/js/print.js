// The print button only works with JavaScript, so it is hidden until this script shows it.
(function () {
  'use strict';
  var button = document.getElementById('print-button');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
})();
