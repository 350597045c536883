// Custos console: countdowns to time locks and expiries. Loaded with Subresource Integrity; no inline script exists.
"use strict";
(function () {
  function describe(milliseconds) {
    if (milliseconds <= 0) {
      return "(passed)";
    }
    var seconds = Math.floor(milliseconds / 1000);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    var parts = [];
    if (days > 0) { parts.push(days + " d"); }
    if (days > 0 || hours > 0) { parts.push(hours + " h"); }
    parts.push(minutes + " min");
    if (days === 0) { parts.push(rest + " s"); }
    return "(in " + parts.join(" ") + ")";
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (element) {
      var deadline = Date.parse(element.getAttribute("data-deadline"));
      if (!isNaN(deadline)) {
        element.textContent = describe(deadline - now);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 1000);
  });
})();
