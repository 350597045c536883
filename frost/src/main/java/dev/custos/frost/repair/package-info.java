/**
 * Repair of a lost share by helpers (Laing and Stinson, "Enrollment and repair in threshold schemes", eprint 2017/1155;
 * ZF FROST {@code keys/repairable.rs}), authorized by a {@link dev.custos.frost.repair.RepairAuthorization}: {@link
 * dev.custos.frost.repair.Repair#part1} (deltas and their commitments), {@link dev.custos.frost.repair.Repair#part2}
 * (sigmas), {@link dev.custos.frost.repair.Repair#part3} (the restored key package, checked against its verifying
 * share, with {@link dev.custos.frost.repair.RepairBlame} naming a cheating helper). {@link
 * dev.custos.frost.repair.RepairCeremony} runs it in one process. See docs/FROST-LIFECYCLE.md §4.
 */
package dev.custos.frost.repair;
