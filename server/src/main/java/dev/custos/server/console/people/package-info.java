/** The people page: roles, vetting and exposure. */
package dev.custos.server.console.people;
