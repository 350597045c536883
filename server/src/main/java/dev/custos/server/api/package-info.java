/**
 * The HTTP API v1: {@link dev.custos.server.api.ApiServer} (Javalin on Jetty) around routes that know nothing of
 * HTTP ({@link dev.custos.server.api.Route}, {@link dev.custos.server.api.Call}, {@link dev.custos.server.api.Reply}),
 * with strict JSON reading ({@link dev.custos.server.api.StrictJson}), bearer tokens, rate limits and idempotency
 * keys. The contract is {@code openapi.yaml} on the classpath, served at {@code /v1/openapi.yaml}.
 */
package dev.custos.server.api;
