/**
 * The follower: reads confirmed block ranges of the user's node, checks before each step that its checkpoint is
 * still canonical (walking back to the fork point and retracting what was emitted above it when not), turns logs and
 * transactions into ECS events and writes its checkpoint atomically after they are delivered.
 */
@NullMarked
package dev.custos.watch.follow;

import org.jspecify.annotations.NullMarked;
