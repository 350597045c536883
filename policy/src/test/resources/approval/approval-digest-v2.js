#!/usr/bin/env node
// A second, independent implementation of the Custos approval digest v2 (docs/POLICY.md, "Approval digest v2").
// It reads the test vectors, recomputes every encoding and digest from the typed facts, and exits 1 on any mismatch.
// Node.js 18 or later, built-in modules only.
//
//   node approval-digest-v2.js approval-digest-v2-vectors.json

'use strict';

const crypto = require('crypto');
const fs = require('fs');

const TAG = Buffer.concat([Buffer.from('custos approval digest v2', 'ascii'), Buffer.from([0])]);
const KINDS = {
  ethereum: ['raw_tx', 'safe_tx', 'eip712'],
  bitcoin: ['psbt'],
  solana: ['solana_tx'],
};
const TRANSFER_KINDS = ['native', 'token', 'nft', 'approval', 'operator_approval'];

function u32(n) {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`not a u32: ${n}`);
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function u64(n) {
  const v = BigInt(n);
  if (v < 0n || v > 0xffffffffffffffffn) throw new Error(`not a u64: ${n}`);
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(v);
  return b;
}

function lengthPrefixed(bytes) {
  return Buffer.concat([u32(bytes.length), bytes]);
}

function text(s) {
  if (typeof s !== 'string') throw new Error(`not a string: ${s}`);
  const wellFormed = typeof s.isWellFormed === 'function'
    ? s.isWellFormed()
    : !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
  if (!wellFormed) {
    throw new Error(`string with an unpaired surrogate: ${JSON.stringify(s)}`);
  }
  return lengthPrefixed(Buffer.from(s, 'utf8'));
}

// a non-negative integer: its minimal big-endian bytes (none for zero), length-prefixed
function unsigned(decimal) {
  if (typeof decimal !== 'string' || !/^(0|[1-9][0-9]*)$/.test(decimal)) {
    throw new Error(`not a canonical decimal integer: ${decimal}`);
  }
  let v = BigInt(decimal);
  const bytes = [];
  while (v > 0n) {
    bytes.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  return lengthPrefixed(Buffer.from(bytes));
}

function hash32(hex) {
  if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not 32 bytes of lowercase hex: ${hex}`);
  return lengthPrefixed(Buffer.from(hex, 'hex'));
}

function encode(f) {
  if (!(f.chain in KINDS)) throw new Error(`unknown chain ${f.chain}`);
  if (!KINDS[f.chain].includes(f.payload_kind)) throw new Error(`${f.payload_kind} is not a ${f.chain} payload`);
  const parts = [TAG, text(f.chain)];
  parts.push(f.chain === 'ethereum' ? unsigned(f.network) : text(f.network));
  parts.push(text(f.wallet_id), text(f.payload_kind), hash32(f.signed_hash));
  parts.push(u32(f.transfers.length));
  for (const t of f.transfers) {
    if (!TRANSFER_KINDS.includes(t.kind)) throw new Error(`unknown transfer kind ${t.kind}`);
    parts.push(text(t.kind), text(t.asset), text(t.recipient), unsigned(t.amount));
  }
  parts.push(u64(f.policy_version), u64(f.expires_at), text(f.request_id));
  return Buffer.concat(parts);
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node approval-digest-v2.js VECTORS.json');
    process.exit(2);
  }
  const vectors = JSON.parse(fs.readFileSync(file, 'utf8')).vectors;
  let failures = 0;
  for (const v of vectors) {
    let encoding;
    try {
      encoding = encode(v.facts);
    } catch (e) {
      console.log(`FAIL ${v.name}: ${e.message}`);
      failures++;
      continue;
    }
    const digest = crypto.createHash('sha256').update(encoding).digest('hex');
    const problems = [];
    if (v.encoding !== undefined && encoding.toString('hex') !== v.encoding) {
      problems.push(`encoding ${encoding.toString('hex')} != expected ${v.encoding}`);
    }
    if (digest !== v.digest) problems.push(`digest ${digest} != expected ${v.digest}`);
    if (problems.length > 0) {
      console.log(`FAIL ${v.name}: ${problems.join('; ')}`);
      failures++;
    } else {
      console.log(`ok   ${v.name} ${digest}`);
    }
  }
  console.log(`${vectors.length - failures} of ${vectors.length} vectors match`);
  process.exit(failures === 0 && vectors.length > 0 ? 0 : 1);
}

module.exports = { encode };
if (require.main === module) main();
