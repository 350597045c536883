/** The people registry: every privileged person, their roles and vetting. */
package dev.custos.server.people;
