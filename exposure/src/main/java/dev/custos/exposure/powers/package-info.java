/**
 * What the active policy grants, reduced to what the exposure analysis counts: each approver's device key and
 * groups, the admin quorum and time lock of governed changes, and the approvals a transfer from each wallet needs.
 */
@NullMarked
package dev.custos.exposure.powers;

import org.jspecify.annotations.NullMarked;
