/**
 * Signing requests on the server: submission (decoded and decided by the active policy), approvals (verified before
 * they are kept), delays, signing by the nodes, and reading with filters and cursor paging.
 */
package dev.custos.server.requests;
