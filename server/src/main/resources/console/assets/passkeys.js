// Passkeys in the console (docs/CONSOLE.md): enrollment from a one-time link, sign-in, and approving a request.
// The approval's WebAuthn challenge is the request's approval digest, which the server and every signer node
// recompute from the bytes to be signed; this script only carries the browser's answer.
"use strict";

async function postJson(url, body, csrf) {
  const headers = { "Content-Type": "application/json" };
  if (csrf) {
    headers["X-CSRF-Token"] = csrf;
  }
  const response = await fetch(url, {
    method: "POST",
    headers: headers,
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = answer.error && answer.error.message ? answer.error.message : "HTTP " + response.status;
    throw new Error(message);
  }
  return answer;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = answer.error && answer.error.message ? answer.error.message : "HTTP " + response.status;
    throw new Error(message);
  }
  return answer;
}

function say(element, text, failed) {
  if (element) {
    element.textContent = text;
    element.classList.toggle("error", Boolean(failed));
  }
}

function supported() {
  return window.PublicKeyCredential && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function";
}

async function enroll(button) {
  const status = document.getElementById("enroll-status");
  const token = window.location.hash.slice(1);
  if (!token) {
    say(status, "This page needs the whole enrollment link, including the part after #.", true);
    return;
  }
  button.disabled = true;
  try {
    say(status, "Starting…");
    const start = await postJson("/v1/enrollments/start", { token: token }, null);
    say(status, "Follow your device's prompt to create a passkey for " + start.person + ".");
    const options = PublicKeyCredential.parseCreationOptionsFromJSON(start.options.publicKey);
    const credential = await navigator.credentials.create({ publicKey: options });
    const done = await postJson("/v1/enrollments/finish", { ceremony: start.ceremony, credential: credential.toJSON() }, null);
    history.replaceState(null, "", window.location.pathname);
    say(status, "Passkey enrolled for " + done.person + " (" + done.algorithm + ", credential " + done.credential_id
      + "). It counts for approvals once the active policy names it. You can sign in with it now.");
    const next = document.getElementById("enroll-next");
    if (next) {
      next.hidden = false;
    }
  } catch (error) {
    say(status, "Enrollment failed: " + error.message, true);
    button.disabled = false;
  }
}

async function signIn(button) {
  const status = document.getElementById("passkey-sign-in-status");
  button.disabled = true;
  try {
    const start = await postJson("/console/passkey/sign-in/start", {}, null);
    const options = PublicKeyCredential.parseRequestOptionsFromJSON(start.options.publicKey);
    const credential = await navigator.credentials.get({ publicKey: options });
    const done = await postJson("/console/passkey/sign-in/finish", { ceremony: start.ceremony, credential: credential.toJSON() }, null);
    window.location.assign(done.next);
  } catch (error) {
    say(status, "Sign-in failed: " + error.message, true);
    button.disabled = false;
  }
}

async function approve(button) {
  const status = document.getElementById("approval-status");
  const id = button.getAttribute("data-request-id");
  button.disabled = true;
  try {
    say(status, "Follow your device's prompt: it signs this request's approval digest.");
    const start = await getJson("/console/requests/" + encodeURIComponent(id) + "/passkey-options");
    const options = PublicKeyCredential.parseRequestOptionsFromJSON(start.options.publicKey);
    const credential = await navigator.credentials.get({ publicKey: options });
    const done = await postJson("/console/requests/" + encodeURIComponent(id) + "/passkey-approval",
      { credential: credential.toJSON() }, button.getAttribute("data-csrf"));
    say(status, "Approved. The request is now " + done.status + ".");
    window.location.reload();
  } catch (error) {
    say(status, "Approval failed: " + error.message, true);
    button.disabled = false;
  }
}

async function approveChange(button) {
  const id = button.getAttribute("data-proposal-id");
  const status = document.getElementById("change-status-" + id);
  button.disabled = true;
  try {
    say(status, "Follow your device's prompt: it signs this change's digest.");
    const start = await getJson("/console/proposals/" + encodeURIComponent(id) + "/passkey-options");
    const options = PublicKeyCredential.parseRequestOptionsFromJSON(start.options.publicKey);
    const credential = await navigator.credentials.get({ publicKey: options });
    const done = await postJson("/console/proposals/" + encodeURIComponent(id) + "/passkey-approval",
      { credential: credential.toJSON() }, button.getAttribute("data-csrf"));
    say(status, "Approved. The change is now " + done.status.replace(/_/g, " ") + ".");
    window.location.reload();
  } catch (error) {
    say(status, "Approval failed: " + error.message, true);
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.approve-change")) {
    if (supported()) {
      button.addEventListener("click", () => approveChange(button));
    } else {
      button.disabled = true;
    }
  }
  const bindings = [
    ["enroll-passkey", enroll],
    ["passkey-sign-in", signIn],
    ["approve-with-passkey", approve],
  ];
  for (const [id, action] of bindings) {
    const button = document.getElementById(id);
    if (!button) {
      continue;
    }
    if (!supported()) {
      say(document.querySelector("[data-passkey-status]"), "This browser cannot use passkeys here.", true);
      button.disabled = true;
      continue;
    }
    button.addEventListener("click", () => action(button));
  }
});
