package dev.custos.e2e.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.Receipt;
import dev.custos.chain.safe.SafeVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Test only: deploys contracts from the node's first unlocked account, reading real Safe bytecode from the npm
 * packages (the compiled artifacts whose runtime code hashes equal the canonical deployments') and the Bybit attack
 * contracts and the Safe 1.1.1 bytecode (not installable from npm; vendored with its provenance) from committed
 * resources.
 */
final class Deployments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(10_000_000);
    private static final Path MODULES = HardhatExtension.NPM_FOLDER.resolve("node_modules");

    private Deployments() {}

    /** A Safe singleton and proxy factory of one version. */
    record SafeFactory(SafeVersion version, Address singleton, Address factory) {}

    static SafeFactory safeFactory(EvmNode node, String version) throws Exception {
        if (version.equals("1.1.1")) {
            JsonNode vendored = resource("safe-1.1.1.json");
            return new SafeFactory(
                    SafeVersion.parse(version),
                    deploy(node, Hex.decode(vendored.path("GnosisSafe").asText())),
                    deploy(node, Hex.decode(vendored.path("ProxyFactory").asText())));
        }
        Path singleton;
        Path factory;
        switch (version) {
            case "1.4.1" -> {
                Path root = MODULES.resolve("@safe-global/safe-contracts/build/artifacts/contracts");
                singleton = root.resolve("Safe.sol/Safe.json");
                factory = root.resolve("proxies/SafeProxyFactory.sol/SafeProxyFactory.json");
            }
            case "1.3.0" -> {
                Path root = MODULES.resolve("safe-130/build/artifacts/contracts");
                singleton = root.resolve("GnosisSafe.sol/GnosisSafe.json");
                factory = root.resolve("proxies/GnosisSafeProxyFactory.sol/GnosisSafeProxyFactory.json");
            }
            default -> throw new IllegalArgumentException("no artifacts for Safe " + version);
        }
        return new SafeFactory(
                SafeVersion.parse(version), deploy(node, artifact(singleton)), deploy(node, artifact(factory)));
    }

    /**
     * A Safe proxy with {@code owners} and {@code threshold}, created through the factory; its address (read first
     * with {@code eth_call}, then created by a transaction).
     */
    static Address safe(EvmNode node, SafeFactory factory, List<Address> owners, int threshold) {
        byte[] setup = Calls.encode(
                "setup(address[] owners,uint256 threshold,address to,bytes data,address fallbackHandler,"
                        + "address paymentToken,uint256 payment,address paymentReceiver)",
                Calls.addresses(owners),
                Calls.number(threshold),
                Calls.address(Address.ZERO),
                Calls.bytes(new byte[0]),
                Calls.address(Address.ZERO),
                Calls.address(Address.ZERO),
                Calls.number(0),
                Calls.address(Address.ZERO));
        byte[] create = Calls.encode(
                "createProxyWithNonce(address singleton,bytes initializer,uint256 saltNonce)",
                Calls.address(factory.singleton()),
                Calls.bytes(setup),
                Calls.number(System.nanoTime()));
        Address deployer = node.accounts().get(0);
        Address proxy = Calls.addressWord(node.call(Optional.of(deployer), factory.factory(), create), 0);
        mined(
                node,
                node.sendTransaction(deployer, Optional.of(factory.factory()), BigInteger.ZERO, create, DEPLOY_GAS));
        return proxy;
    }

    /** Safe's SimulateTxAccessor of {@code version} (1.3.0 and later), for {@code simulateAndRevert}. */
    static Address simulateTxAccessor(EvmNode node, String version) throws Exception {
        Path root = MODULES.resolve(version.equals("1.3.0") ? "safe-130" : "@safe-global/safe-contracts");
        return deploy(
                node,
                artifact(root.resolve(
                        "build/artifacts/contracts/accessors/SimulateTxAccessor.sol/SimulateTxAccessor.json")));
    }

    /** The ERC-20 test token of the Safe 1.4.1 package; the first unlocked account holds its supply. */
    static Address testToken(EvmNode node) throws Exception {
        return deploy(
                node,
                artifact(MODULES.resolve(
                        "@safe-global/safe-contracts/build/artifacts/contracts/test/ERC20Token.sol/ERC20Token.json")));
    }

    /** The creation code of the Bybit attack contract {@code name} ({@code Trojan} or {@code Backdoor}). */
    static byte[] attackContract(String name) throws Exception {
        return Hex.decode(resource("bybit-attack.json").path(name).asText());
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = Deployments.class.getResourceAsStream("/evm/" + name)) {
            if (in == null) {
                throw new IOException("no resource evm/" + name);
            }
            return JSON.readTree(in);
        }
    }

    /** Deploys {@code creationCode} from the first unlocked account; the new contract's address. */
    static Address deploy(EvmNode node, byte[] creationCode) {
        Receipt receipt = mined(
                node,
                node.sendTransaction(
                        node.accounts().get(0), Optional.empty(), BigInteger.ZERO, creationCode, DEPLOY_GAS));
        return receipt.contractAddress().orElseThrow(() -> new IllegalStateException("no contract created"));
    }

    /** The receipt of {@code hash}, which must be mined and have succeeded (hardhat mines each transaction at once). */
    static Receipt mined(EvmNode node, String hash) {
        Receipt receipt = node.receipt(hash).orElseThrow(() -> new IllegalStateException(hash + " is not mined"));
        if (!receipt.succeeded()) {
            throw new IllegalStateException(hash + " reverted");
        }
        return receipt;
    }

    private static byte[] artifact(Path file) throws Exception {
        JsonNode artifact = JSON.readTree(Files.readString(file));
        return Hex.decode(artifact.path("bytecode").asText());
    }
}
