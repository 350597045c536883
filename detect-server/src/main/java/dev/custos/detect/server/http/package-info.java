/**
 * The HTTP API on the JDK's {@code com.sun.net.httpserver}: event ingest, the signing-gate risk API, health and
 * Prometheus metrics, with bearer-token authorisation, body limits and JSON errors.
 */
package dev.custos.detect.server.http;
