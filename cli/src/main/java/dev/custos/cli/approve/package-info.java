/**
 * {@code custos approve}: an approver's device key ({@code keygen}) and approving a request on the approver's own
 * machine: fetch the raw payload, decode it here, recompute the approval digest v2, refuse on any difference, sign.
 */
package dev.custos.cli.approve;
