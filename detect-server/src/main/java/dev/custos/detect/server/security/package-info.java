/** Secrets of the detection service: the API bearer token and webhook signing secrets. */
package dev.custos.detect.server.security;
