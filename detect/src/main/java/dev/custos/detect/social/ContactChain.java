package dev.custos.detect.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One person's open chain: their recent first contacts from unknown sender domains (at most {@value #MAX_CONTACTS}),
 * the latest foothold that followed one (a file run or a package installed on their host), and when the whole chain
 * was last reported.
 */
final class ContactChain {
    static final int MAX_CONTACTS = 4;

    /** A link of the chain: when, which event, what it was. */
    record Link(long second, String reference, String description, String detail) {
        ObjectNode toState() {
            return StateJson.object()
                    .put("second", second)
                    .put("reference", reference)
                    .put("description", description)
                    .put("detail", detail);
        }

        static Link fromState(JsonNode node) {
            return new Link(
                    StateJson.count(node, "second"),
                    StateJson.text(node, "reference"),
                    StateJson.text(node, "description"),
                    StateJson.text(node, "detail"));
        }
    }

    /** First contacts, oldest first; {@code detail} is the sender domain, then attachment hash and link domain. */
    final Deque<Link> contacts = new ArrayDeque<>();

    Link foothold;
    Link footholdContact;
    long reported;

    void contact(Link link) {
        contacts.addLast(link);
        if (contacts.size() > MAX_CONTACTS) {
            contacts.removeFirst();
        }
    }

    /** The latest contact at or after {@code since} that {@code tied} accepts, or null. */
    Link latestContactSince(long since, java.util.function.Predicate<Link> tied) {
        Link latest = null;
        for (Link contact : contacts) {
            if (contact.second() >= since && tied.test(contact)) {
                latest = contact;
            }
        }
        return latest;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ArrayNode list = node.putArray("contacts");
        contacts.forEach(contact -> list.add(contact.toState()));
        node.set("foothold", foothold == null ? null : foothold.toState());
        node.set("foothold_contact", footholdContact == null ? null : footholdContact.toState());
        node.put("reported", reported);
        return node;
    }

    static ContactChain fromState(JsonNode node) {
        ContactChain chain = new ContactChain();
        JsonNode list = StateJson.array(node, "contacts");
        if (list.size() > MAX_CONTACTS) {
            throw new InvalidStateException("more than " + MAX_CONTACTS + " contacts in a chain");
        }
        list.forEach(contact -> chain.contacts.addLast(Link.fromState(contact)));
        chain.foothold = node.hasNonNull("foothold") ? Link.fromState(node.get("foothold")) : null;
        chain.footholdContact =
                node.hasNonNull("foothold_contact") ? Link.fromState(node.get("foothold_contact")) : null;
        chain.reported = StateJson.count(node, "reported");
        return chain;
    }
}
