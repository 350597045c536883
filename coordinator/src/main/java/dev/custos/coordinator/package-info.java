/**
 * The coordinator: untrusted by design. It relays the nodes' signed and encrypted envelopes, which it can neither
 * read nor forge, and runs the jobs (key generation, signing, refresh, resharing) that the nodes execute and check
 * for themselves. It never holds a key share.
 */
@NullMarked
package dev.custos.coordinator;

import org.jspecify.annotations.NullMarked;
