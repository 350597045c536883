package dev.custos.watch.decode;

import static dev.custos.watch.decode.Logs.address;
import static dev.custos.watch.decode.Logs.log;
import static dev.custos.watch.decode.Logs.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.LogEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernanceDecoderTest {
    private static final String OWNER = "0x0a00000000000000000000000000000000000042";

    @ParameterizedTest(name = "indexed {0}")
    @ValueSource(booleans = {true, false})
    void safeAddressEvents_readBothShapes(boolean indexed) throws Exception {
        LogEntry added = indexed
                ? log(EventTopics.ADDED_OWNER, List.of(word(address(0x42))))
                : log(EventTopics.ADDED_OWNER, List.of(), word(address(0x42)));

        GovernanceChange change = GovernanceDecoder.decode(added).orElseThrow();

        assertThat(change.change()).isEqualTo("owner_added");
        assertThat(change.newValue()).contains(OWNER);
        assertThat(change.oldValue()).isEmpty();
        assertThat(change.contract()).isEqualTo(Logs.CONTRACT);
    }

    @Test
    void removalsAndDisables_carryTheOldValue() throws Exception {
        assertThat(GovernanceDecoder.decode(log(EventTopics.REMOVED_OWNER, List.of(), word(address(0x42))))
                        .orElseThrow()
                        .oldValue())
                .contains(OWNER);
        GovernanceChange disabled = GovernanceDecoder.decode(
                        log(EventTopics.DISABLED_MODULE, List.of(word(address(0x42)))))
                .orElseThrow();
        assertThat(disabled.change()).isEqualTo("module_disabled");
        assertThat(disabled.oldValue()).contains(OWNER);
    }

    @Test
    void thresholdGuardAndUpgrade_nameTheSlotOfTheOldValue() throws Exception {
        GovernanceChange threshold = GovernanceDecoder.decode(log(EventTopics.CHANGED_THRESHOLD, List.of(), word(2)))
                .orElseThrow();
        assertThat(threshold.newValue()).contains("2");
        assertThat(threshold.priorSlot()).contains(StorageSlots.SAFE_THRESHOLD);

        GovernanceChange guard = GovernanceDecoder.decode(log(EventTopics.CHANGED_GUARD, List.of(word(address(0x42)))))
                .orElseThrow();
        assertThat(guard.priorSlot()).contains(StorageSlots.SAFE_GUARD);
        assertThat(StorageSlots.SAFE_GUARD.toString(16))
                .isEqualTo("4a204f620c8c5ccdca3fd54d003badd85ba500436a431f0cbda4f558c93c34c8");

        GovernanceChange upgrade = GovernanceDecoder.decode(log(EventTopics.UPGRADED, List.of(word(address(0x42)))))
                .orElseThrow();
        assertThat(upgrade.change()).isEqualTo("contract_upgraded");
        assertThat(upgrade.details()).containsEntry("pointer", "implementation");
        assertThat(StorageSlots.EIP1967_IMPLEMENTATION.toString(16))
                .isEqualTo("360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc");
    }

    @Test
    void ownershipRolesAndDelay_readBothValues() throws Exception {
        GovernanceChange ownership = GovernanceDecoder.decode(
                        log(EventTopics.OWNERSHIP_TRANSFERRED, List.of(word(address(1)), word(address(0x42)))))
                .orElseThrow();
        assertThat(ownership.oldValue()).contains("0x0a00000000000000000000000000000000000001");
        assertThat(ownership.newValue()).contains(OWNER);

        byte[] role =
                Hash32.keccak("MINTER_ROLE".getBytes(StandardCharsets.US_ASCII)).bytes();
        GovernanceChange granted = GovernanceDecoder.decode(
                        log(EventTopics.ROLE_GRANTED, List.of(role, word(address(0x42)), word(address(1)))))
                .orElseThrow();
        assertThat(granted.change()).isEqualTo("role_granted");
        assertThat(granted.newValue()).contains(OWNER);
        assertThat(granted.details()).containsEntry("sender", "0x0a00000000000000000000000000000000000001");

        GovernanceChange delay = GovernanceDecoder.decode(
                        log(EventTopics.MIN_DELAY_CHANGE, List.of(), word(86_400), word(0)))
                .orElseThrow();
        assertThat(delay.change()).isEqualTo("timelock_changed");
        assertThat(delay.oldValue()).contains("86400");
        assertThat(delay.newValue()).contains("0");
    }

    @Test
    void callScheduled_readsTargetSelectorAndDelay() throws Exception {
        byte[] call = new byte[32];
        call[0] = (byte) 0xf2;
        call[1] = (byte) 0xfd;
        call[2] = (byte) 0xe3;
        call[3] = (byte) 0x8b;
        LogEntry scheduled = log(
                EventTopics.CALL_SCHEDULED,
                List.of(new byte[32], word(0)),
                word(address(0x42)),
                word(0),
                word(5 * 32),
                new byte[32],
                word(3600),
                word(4),
                call);

        GovernanceChange change = GovernanceDecoder.decode(scheduled).orElseThrow();

        assertThat(change.newValue()).contains(OWNER);
        assertThat(change.details()).containsEntry("selector", "0xf2fde38b").containsEntry("delay", "3600");
    }

    @Test
    void otherEvents_areNotGovernanceChanges() throws Exception {
        assertThat(GovernanceDecoder.decode(log(EventTopics.TRANSFER, List.of(word(1), word(2)), word(3))))
                .isEqualTo(Optional.empty());
    }

    @Test
    void malformedLogs_areRefusedNamingTheProblem() {
        assertThatThrownBy(() -> GovernanceDecoder.decode(log(EventTopics.ADDED_OWNER, List.of())))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("AddedOwner")
                .hasMessageContaining("0 data bytes, not 32");
        assertThatThrownBy(() -> GovernanceDecoder.decode(
                        log(EventTopics.ADDED_OWNER, List.of(), Logs.dirtyAddressWord(address(0x42)))))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("high 12 bytes are not zero");
        assertThatThrownBy(() ->
                        GovernanceDecoder.decode(log(EventTopics.OWNERSHIP_TRANSFERRED, List.of(word(address(1))))))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("OwnershipTransferred")
                .hasMessageContaining("2 topics, not 3");
        assertThatThrownBy(
                        () -> GovernanceDecoder.decode(log(EventTopics.CHANGED_THRESHOLD, List.of(), word(1), word(2))))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("64 data bytes, not 32");
        assertThatThrownBy(() -> GovernanceDecoder.decode(log(
                        EventTopics.CALL_SCHEDULED,
                        List.of(new byte[32], word(0)),
                        word(address(0x42)),
                        word(0),
                        word(4096),
                        new byte[32],
                        word(3600),
                        word(0))))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("data offset 4096 is outside the data");
        assertThatThrownBy(() -> GovernanceDecoder.decode(log(
                        EventTopics.PROPOSAL_CREATED,
                        List.of(),
                        word(9),
                        word(address(1)),
                        word(9 * 32),
                        word(0),
                        word(0),
                        word(0),
                        word(10),
                        word(20),
                        word(0),
                        word(1_000_000))))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("targets length 1000000 runs past the data");
    }
}
