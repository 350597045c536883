/**
 * Detection in the server: every signing request is assessed by the detection pipeline, whose verdict is signed with
 * the verdict key and bound to the request's digest, and whose alerts the server keeps.
 */
package dev.custos.server.detection;
