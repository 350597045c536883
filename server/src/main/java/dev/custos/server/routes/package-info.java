/** The API's routes, one class per resource, each a list of {@link dev.custos.server.api.Route}s. */
package dev.custos.server.routes;
