/**
 * Alert sinks: NDJSON to standard output or a file, an HMAC-signed webhook ({@link
 * dev.custos.detect.server.sink.WebhookSignature}) and a Slack-compatible webhook. Each sink runs behind a bounded
 * queue on its own thread ({@link dev.custos.detect.server.sink.QueuedSink}); webhooks use the JDK's {@link
 * java.net.http.HttpClient} and {@link javax.crypto.Mac}, retry with exponential backoff and append what they could not
 * deliver to a dead-letter file.
 */
package dev.custos.detect.server.sink;
