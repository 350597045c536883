/**
 * Risk of money movements, per wallet. {@link dev.custos.detect.transaction.TransactionRiskDetector} ({@code
 * transaction_risk}) checks signing requests, observed transfers and allowlist additions; its findings are named for
 * the check that fired: {@code sanctioned_destination}, {@code malicious_destination}, {@code address_lookalike},
 * {@code new_destination}, {@code amount_outlier}, {@code balance_share}, {@code outflow_velocity}, {@code
 * safe_delegatecall}, {@code unrequested_outflow}, {@code young_wallet_prior} and {@code rcf_transaction} (the
 * per-wallet Random Cut Forest). {@link dev.custos.detect.transaction.SigningRetryDetector} ({@code signing_retry})
 * flags a request that follows failed requests of the same initiator on the same wallet.
 */
package dev.custos.detect.transaction;
