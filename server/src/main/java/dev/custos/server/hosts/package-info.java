/**
 * Hosts, cloud accounts and other resources that reach signer nodes, and which people can reach them: the part of the
 * people registry that models shared hosts for the exposure analysis (docs/PEOPLE.md, "Who controls a node").
 */
package dev.custos.server.hosts;
