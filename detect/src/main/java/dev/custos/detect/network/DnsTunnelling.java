package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The DNS-tunnelling test with learned references (docs/DETECTION.md, "DNS tunnelling"). A window of one host's names
 * under one registered domain is judged against the host's own history of names, shrunk towards its peer group's,
 * which is shrunk towards a fixed cold-start reference ({@link LabelReference#FIXED}); each with the weight of
 * {@value #SHRINKAGE} names. Three p-values: the Poisson tail of the unique count against twice the larger of the
 * host's and the peer group's typical count, and the normal tails of the window's mean entropy and mean longest label
 * against the reference. Tunnelling is many names <em>and</em> odd names, so the evidence is their intersection: the
 * largest of the three p-values (a burst of ordinary names, or a few odd ones, is not a tunnel).
 */
final class DnsTunnelling {
    /** How many names of the parent a reference is worth: a host's own history dominates after a few windows. */
    static final double SHRINKAGE = 50;
    /** At most this many peer groups keep a profile; names of further groups are learned by their hosts only. */
    static final int MAX_GROUPS = 256;

    /** The evidence about one window. */
    record Verdict(
            double p,
            double uniqueP,
            double entropyP,
            double longestP,
            double expectedUnique,
            LabelReference reference) {}

    private final Map<String, LabelProfile> groups = new TreeMap<>();

    /** Learns a closed window of a host in {@code group} into the group's profile. */
    void learn(String group, DnsWindows.Window window) {
        LabelProfile profile = groups.get(group);
        if (profile == null) {
            if (groups.size() >= MAX_GROUPS) {
                return;
            }
            profile = new LabelProfile();
            groups.put(group, profile);
        }
        profile.learn(window);
    }

    /** The reference for a host of {@code group} with the given own profile. */
    LabelReference reference(LabelProfile host, String group) {
        LabelReference parent = Optional.ofNullable(groups.get(group))
                .map(profile -> profile.reference(LabelReference.FIXED, SHRINKAGE, "peer group " + group))
                .orElse(LabelReference.FIXED);
        if (host.names() == 0) {
            return parent;
        }
        return host.reference(parent, SHRINKAGE, "host");
    }

    /** The evidence that {@code window} is a tunnel, for a host with {@code hostTypical} names per window. */
    Verdict judge(DnsWindows.Window window, LabelProfile host, double hostTypical, String group) {
        LabelProfile peers = groups.get(group);
        double expected = 2 * Math.max(hostTypical, peers == null ? 1 : peers.typical());
        LabelReference reference = reference(host, group);
        double uniqueP = Math.max(Evidence.poissonTail(expected, window.unique.size()), 1e-300);
        double entropyP =
                Evidence.normalTail((window.meanEntropy() - reference.entropyMean()) / reference.entropyDeviation());
        double longestP =
                Evidence.normalTail((window.meanLongest() - reference.longestMean()) / reference.longestDeviation());
        double p = Math.max(uniqueP, Math.max(entropyP, longestP));
        return new Verdict(p, uniqueP, entropyP, longestP, expected, reference);
    }

    static String describe(Verdict verdict) {
        return String.format(
                Locale.ROOT,
                "%s; p = %.2g (entropy), %.2g (label length)",
                verdict.reference().describe(),
                verdict.entropyP(),
                verdict.longestP());
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ArrayNode entries = node.putArray("groups");
        groups.forEach(
                (group, profile) -> entries.addObject().put("group", group).set("profile", profile.toState()));
        return node;
    }

    void restore(JsonNode node) {
        groups.clear();
        if (node == null || node.isNull()) {
            return;
        }
        JsonNode entries = StateJson.array(node, "groups");
        if (entries.size() > MAX_GROUPS) {
            throw new InvalidStateException("more than " + MAX_GROUPS + " DNS peer groups");
        }
        for (JsonNode entry : entries) {
            groups.put(StateJson.text(entry, "group"), LabelProfile.fromState(StateJson.object(entry, "profile")));
        }
    }
}
