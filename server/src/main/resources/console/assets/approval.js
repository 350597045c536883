// Custos console: the "Approve with passkey" button of the approval panel (data-request-id). Passkey approval is
// built on the server side separately (docs/CONSOLE.md); until it is there the button says so instead of acting.
"use strict";
(function () {
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("approve-with-passkey");
    var status = document.getElementById("approval-status");
    if (!button || !status) {
      return;
    }
    button.addEventListener("click", function () {
      status.textContent = "Passkey approval is not enabled on this server yet; approve with custos approve.";
    });
  });
})();
