/**
 * TLS for the API: {@link dev.custos.server.tls.PemCredentials} reads PEM credentials with the JDK,
 * {@link dev.custos.server.tls.HttpsConnector} is the Jetty connector that serves them.
 */
package dev.custos.server.tls;
