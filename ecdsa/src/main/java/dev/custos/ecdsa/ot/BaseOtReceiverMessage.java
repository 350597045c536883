package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.ArrayList;
import java.util.List;

/** The base-OT receiver's reply: one {@code A_k = a_k·G + c_k·B} per OT, with choice bit {@code c_k}. */
public record BaseOtReceiverMessage(List<Element> choices) {
    public BaseOtReceiverMessage {
        requireNonNull(choices, "choices is null");
        choices = List.copyOf(choices);
        if (choices.size() != BaseOt.COUNT) {
            throw new IllegalArgumentException("expected " + BaseOt.COUNT + " base OT choices, got " + choices.size());
        }
        for (Element choice : choices) {
            if (choice.isIdentity()) {
                throw new IllegalArgumentException("base OT choice is the identity");
            }
        }
    }

    public void writeTo(MessageWriter writer) {
        for (Element choice : choices) {
            writer.putElement(choice);
        }
    }

    public static BaseOtReceiverMessage readFrom(MessageReader reader) throws InvalidEncodingException {
        List<Element> choices = new ArrayList<>(BaseOt.COUNT);
        for (int k = 0; k < BaseOt.COUNT; k++) {
            choices.add(reader.getElement());
        }
        return new BaseOtReceiverMessage(choices);
    }
}
