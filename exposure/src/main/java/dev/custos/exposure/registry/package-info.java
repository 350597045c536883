/**
 * The people registry as the exposure analysis reads it: people with roles, employment state and vetting, the signer
 * nodes they operate and the hosts, cloud accounts and other shared resources they can reach (docs/PEOPLE.md).
 */
@NullMarked
package dev.custos.exposure.registry;

import org.jspecify.annotations.NullMarked;
