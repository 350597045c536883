package dev.custos.chain.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.Hex;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownFunctionsTest {
    /** Selectors as published (Etherscan, 4byte.directory, the standards' interface ids). */
    @ParameterizedTest
    @CsvSource({
        "0xa9059cbb, 'transfer(address,uint256)'",
        "0x095ea7b3, 'approve(address,uint256)'",
        "0x23b872dd, 'transferFrom(address,address,uint256)'",
        "0x39509351, 'increaseAllowance(address,uint256)'",
        "0xa22cb465, 'setApprovalForAll(address,bool)'",
        "0x42842e0e, 'safeTransferFrom(address,address,uint256)'",
        "0xb88d4fde, 'safeTransferFrom(address,address,uint256,bytes)'",
        "0xf242432a, 'safeTransferFrom(address,address,uint256,uint256,bytes)'",
        "0x2eb2c2d6, 'safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)'",
        "0xd505accf, 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)'",
        "0xf2fde38b, 'transferOwnership(address)'",
        "0x715018a6, 'renounceOwnership()'",
        "0x2f2ff15d, 'grantRole(bytes32,address)'",
        "0xd547741f, 'revokeRole(bytes32,address)'",
        "0x3659cfe6, 'upgradeTo(address)'",
        "0x4f1ef286, 'upgradeToAndCall(address,bytes)'",
        "0x8f283970, 'changeAdmin(address)'",
        "0x6a761202, 'execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)'",
        "0x8d80ff0a, 'multiSend(bytes)'",
        "0x0d582f13, 'addOwnerWithThreshold(address,uint256)'",
        "0xf8dc5dd9, 'removeOwner(address,address,uint256)'",
        "0xe318b52b, 'swapOwner(address,address,address)'",
        "0x694e80c3, 'changeThreshold(uint256)'",
        "0x610b5925, 'enableModule(address)'",
        "0xe009cfde, 'disableModule(address,address)'",
        "0xe19a9dd9, 'setGuard(address)'",
        "0xf08a0323, 'setFallbackHandler(address)'",
        "0x468721a7, 'execTransactionFromModule(address,uint256,bytes,uint8)'",
        "0x2b67b570, 'permit(address,((address,uint160,uint48,uint48),address,uint256),bytes)'",
        "0x2a2d80d1, 'permit(address,((address,uint160,uint48,uint48)[],address,uint256),bytes)'",
        "0x30f28b7a, 'permitTransferFrom(((address,uint256),uint256,uint256),(address,uint256),address,bytes)'"
    })
    void selector_matchesPublishedValue(String selector, String canonicalSignature) {
        Map<String, AbiFunction> bySignature = KnownFunctions.all().stream()
                .map(KnownFunction::function)
                .collect(Collectors.toMap(AbiFunction::canonicalSignature, function -> function));

        AbiFunction function = bySignature.get(canonicalSignature);

        assertThat(function).as(canonicalSignature).isNotNull();
        assertThat(Hex.encode(function.selector())).isEqualTo(selector);
    }

    @Test
    void registry_hasNoSelectorCollisions() {
        FunctionRegistry registry = new FunctionRegistry(KnownFunctions.all());
        assertThat(registry.functions()).hasSize(KnownFunctions.all().size());
    }

    @Test
    void registry_rejectsTwoFunctionsWithOneSelector() {
        KnownFunction transfer = new KnownFunction(
                AbiFunction.parse("transfer(address to,uint256 amount)"), FunctionCategory.OTHER, "x");
        KnownFunction renamed =
                new KnownFunction(AbiFunction.parse("transfer(address a,uint256 b)"), FunctionCategory.OTHER, "y");
        assertThatThrownBy(() -> new FunctionRegistry(List.of(transfer, renamed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("selector collision");
    }

    @Test
    void parse_keepsParameterNamesAndNestedTuples() {
        AbiFunction function = AbiFunction.parse(
                "permit(address owner,((address token,uint160 amount) details,address spender) single,bytes sig)");

        assertThat(function.parameters()).extracting(AbiParameter::name).containsExactly("owner", "single", "sig");
        AbiType.TupleType single =
                (AbiType.TupleType) function.parameters().get(1).type();
        assertThat(single.components()).extracting(AbiParameter::name).containsExactly("details", "spender");
        assertThat(function.canonicalSignature()).isEqualTo("permit(address,((address,uint160),address),bytes)");
    }

    @Test
    void parse_malformedSignature_throws() {
        assertThatThrownBy(() -> AbiFunction.parse("transfer(address to,uint257 amount)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AbiFunction.parse("transfer(address to")).isInstanceOf(IllegalArgumentException.class);
    }
}
