// Custos console: "Verify inclusion" on the audit page. Fetches one entry's RFC 9162 inclusion proof and the signed
// checkpoint of that tree size, recomputes the Merkle root from the entry's bytes with WebCrypto SHA-256, and compares
// it with the root the checkpoint states. The checkpoint's signatures are checked by `custos audit verify`.
"use strict";
(function () {
  function bytesFromBase64(text) {
    var binary = atob(text);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { out[i] = binary.charCodeAt(i); }
    return out;
  }
  function bytesFromHex(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(hex.substr(2 * i, 2), 16); }
    return out;
  }
  function concat(prefix, first, second) {
    var out = new Uint8Array(1 + first.length + (second ? second.length : 0));
    out[0] = prefix;
    out.set(first, 1);
    if (second) { out.set(second, 1 + first.length); }
    return out;
  }
  function sha256(bytes) {
    return crypto.subtle.digest("SHA-256", bytes).then(function (digest) { return new Uint8Array(digest); });
  }
  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    var difference = 0;
    for (var i = 0; i < a.length; i++) { difference |= a[i] ^ b[i]; }
    return difference === 0;
  }
  // RFC 9162, 2.1.3.2: the root from a leaf hash and its inclusion path.
  async function rootFromPath(index, treeSize, leafHash, path) {
    if (index >= treeSize) { throw new Error("the index is outside the tree"); }
    var fn = index;
    var sn = treeSize - 1;
    var r = leafHash;
    for (var i = 0; i < path.length; i++) {
      var p = path[i];
      if (sn === 0) { throw new Error("the proof is longer than the tree is deep"); }
      if (fn % 2 === 1 || fn === sn) {
        r = await sha256(concat(1, p, r));
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
        }
      } else {
        r = await sha256(concat(1, r, p));
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    if (sn !== 0) { throw new Error("the proof is shorter than the tree is deep"); }
    return r;
  }
  // A checkpoint note: origin, tree size, base64 root hash, then extensions, a blank line and signatures.
  function checkpointRoot(note, treeSize) {
    var lines = note.split("\n");
    if (lines.length < 3 || String(treeSize) !== lines[1]) {
      throw new Error("the checkpoint is not for a tree of " + treeSize + " entries");
    }
    return bytesFromBase64(lines[2]);
  }
  async function verify(index, result) {
    result.textContent = "Checking entry " + index + "…";
    try {
      var response = await fetch("/console/audit/proof?index=" + encodeURIComponent(index),
        { credentials: "same-origin", headers: { "Accept": "application/json" } });
      var proof = await response.json();
      if (!response.ok) { throw new Error(proof.error ? proof.error.message : "HTTP " + response.status); }
      var entry = bytesFromBase64(proof.entry);
      var leaf = await sha256(concat(0, entry));
      var root = await rootFromPath(proof.index, proof.tree_size, leaf, proof.path.map(bytesFromHex));
      if (equal(root, checkpointRoot(proof.checkpoint, proof.tree_size))) {
        result.textContent = "Entry " + index + " is included: its bytes and the " + proof.path.length
          + "-hash proof give the root signed in the checkpoint of " + proof.tree_size + " entries.";
        result.className = "verify-result ok";
      } else {
        result.textContent = "Entry " + index + " is NOT included: the recomputed root differs from the checkpoint's.";
        result.className = "verify-result error";
      }
    } catch (problem) {
      result.textContent = "Entry " + index + " could not be checked: " + problem.message;
      result.className = "verify-result error";
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var result = document.getElementById("proof-result");
    document.querySelectorAll("button.verify-inclusion").forEach(function (button) {
      button.addEventListener("click", function () { verify(button.getAttribute("data-index"), result); });
    });
  });
})();
