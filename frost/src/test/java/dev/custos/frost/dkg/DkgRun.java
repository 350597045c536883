package dev.custos.frost.dkg;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A DKG run driven by the tests: every participant's round 1 state, and helpers to route packages. */
record DkgRun(DkgParameters parameters, SortedMap<Identifier, DkgRound1> round1) {
    static DkgRun start(Ciphersuite suite, int minSigners, int maxSigners) {
        DkgParameters parameters = DkgParameters.of(suite, SessionId.random(RANDOM), minSigners, maxSigners);
        SortedMap<Identifier, DkgRound1> round1 = new TreeMap<>();
        for (Identifier participant : parameters.participants()) {
            round1.put(participant, Dkg.part1(parameters, participant, RANDOM));
        }
        return new DkgRun(parameters, round1);
    }

    Identifier id(int value) {
        return Identifier.of(parameters.suite(), value);
    }

    Round1Package package1(int sender) {
        return round1.get(id(sender)).round1Package();
    }

    List<Round1Package> packagesFor(int recipient) {
        List<Round1Package> packages = new ArrayList<>();
        round1.forEach((sender, state) -> {
            if (!sender.equals(id(recipient))) {
                packages.add(state.round1Package());
            }
        });
        return packages;
    }

    DkgRound1 state(int participant) {
        return round1.get(id(participant));
    }

    SortedMap<Identifier, DkgRound2> round2() throws FrostException {
        SortedMap<Identifier, DkgRound2> states = new TreeMap<>();
        for (Identifier participant : parameters.participants()) {
            int value = participant.value().toBigInteger().intValueExact();
            states.put(participant, state(value).part2(packagesFor(value)));
        }
        return states;
    }

    static List<Round2Package> inbox(SortedMap<Identifier, DkgRound2> states, Identifier recipient) {
        List<Round2Package> packages = new ArrayList<>();
        states.forEach((sender, state) -> {
            if (!sender.equals(recipient)) {
                packages.add(state.round2Packages().get(recipient));
            }
        });
        return packages;
    }
}
