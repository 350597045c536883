package dev.custos.server.api;

/** The code behind one route. Throws {@link ApiException} to refuse. */
@FunctionalInterface
public interface Endpoint {
    Reply handle(Call call);
}
