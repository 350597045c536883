/**
 * Detection as a service: {@link dev.custos.detect.server.DetectionServer} runs one detection pipeline on a single
 * worker thread behind an HTTP API (event ingest, the signing-gate risk API, health, Prometheus metrics) and sends
 * alerts to sinks (NDJSON, an HMAC-signed webhook, a Slack-compatible webhook).
 *
 * <p>JDK only, besides Jackson: {@code com.sun.net.httpserver} for the server, {@link java.net.http.HttpClient} for
 * webhooks, {@link javax.crypto.Mac} (HMAC-SHA256) for webhook signatures.
 */
package dev.custos.detect.server;
