/** The active policy on the server: bootstrap, reading, and installing it on the nodes. */
package dev.custos.server.policy;
