// Executes one signed Solana transaction in LiteSVM (the Solana runtime, in-process) and prints what happened.
// Input on stdin, JSON: {"transaction": base64 wire transaction, "fund": [base58 addresses], "lamports": "decimal",
//                        "watch": [base58 addresses]}
// Output on stdout, JSON: {"ok": bool, "error": the runtime's error code or null, "description": the failure as the
//                          runtime prints it, "logs": [string], "balances": {address: "decimal" or null}}
// Signature verification is on (LiteSVM's default); the blockhash check is off, because the message is built and
// signed before this runtime exists.
import { readFileSync } from "node:fs";
import { LiteSVM, TransactionMetadata } from "litesvm";
import { address, getTransactionDecoder, lamports } from "@solana/kit";

const input = JSON.parse(readFileSync(0, "utf8"));
const svm = new LiteSVM().withBlockhashCheck(false);
for (const funded of input.fund) {
    svm.airdrop(address(funded), lamports(BigInt(input.lamports)));
}
const transaction = getTransactionDecoder().decode(Buffer.from(input.transaction, "base64"));
const result = svm.sendTransaction(transaction);
const ok = result instanceof TransactionMetadata;
const meta = ok ? result : result.meta();
const balances = {};
for (const watched of input.watch) {
    const balance = svm.getBalance(address(watched));
    balances[watched] = balance === null ? null : balance.toString();
}
process.stdout.write(JSON.stringify({
    ok,
    error: ok ? null : String(result.err()),
    description: ok ? null : result.toString(),
    logs: meta.logs(),
    balances,
}) + "\n");
