package dev.custos.detect.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.StateJson;

/** What one credential has been used from (network, client) and how fast it submits signing requests. */
final class CredentialProfile {
    final OriginHistory network;
    final OriginHistory client;
    final RateProfile rate;

    CredentialProfile() {
        this(new OriginHistory(), new OriginHistory(), new RateProfile());
    }

    private CredentialProfile(OriginHistory network, OriginHistory client, RateProfile rate) {
        this.network = network;
        this.client = client;
        this.rate = rate;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.set("network", network.toState());
        node.set("client", client.toState());
        node.set("rate", rate.toState());
        return node;
    }

    static CredentialProfile fromState(JsonNode state) {
        return new CredentialProfile(
                OriginHistory.fromState(StateJson.object(state, "network")),
                OriginHistory.fromState(StateJson.object(state, "client")),
                RateProfile.fromState(StateJson.object(state, "rate")));
    }
}
