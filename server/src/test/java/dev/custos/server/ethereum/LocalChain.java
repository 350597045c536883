package dev.custos.server.ethereum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.Receipt;
import dev.custos.localevm.EvmNode;
import dev.custos.localevm.HardhatProcess;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Test only: a hardhat node from the e2e module's npm folder (skipped without {@code npm ci} there, failed under
 * {@code CI=true}), and deployments on it: real Safe 1.4.1 bytecode from the npm package, its SimulateTxAccessor, and
 * the Bybit attack contracts the e2e module vendors.
 */
final class LocalChain {
    static final Path NPM_FOLDER = Path.of("..", "e2e", "src", "test", "evm");
    private static final Path ARTIFACTS =
            NPM_FOLDER.resolve("node_modules/@safe-global/safe-contracts/build/artifacts/contracts");
    private static final Path ATTACK = Path.of("..", "e2e", "src", "test", "resources", "evm", "bybit-attack.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(10_000_000);

    private LocalChain() {}

    /** Starts hardhat, or skips the test (fails it with {@code CI=true}) when it is not installed. */
    static HardhatProcess start() throws Exception {
        if (!HardhatProcess.installedIn(NPM_FOLDER)) {
            String missing = "hardhat is not installed: run `npm ci` in e2e/src/test/evm";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true, so this fails instead of skipping)");
            }
            Assumptions.abort(missing);
        }
        return HardhatProcess.start(
                NPM_FOLDER, Path.of("target", "hardhat-server.log").toAbsolutePath(), Duration.ofSeconds(60));
    }

    /** A Safe 1.4.1 proxy with {@code owners} and {@code threshold}, and its singleton. */
    record Safe(Address address, Address singleton) {}

    static Safe safe(EvmNode node, List<Address> owners, int threshold) throws Exception {
        Address singleton = deploy(node, artifact("Safe.sol/Safe.json"));
        Address factory = deploy(node, artifact("proxies/SafeProxyFactory.sol/SafeProxyFactory.json"));
        byte[] setup = encode(
                "setup(address[] owners,uint256 threshold,address to,bytes data,address fallbackHandler,"
                        + "address paymentToken,uint256 payment,address paymentReceiver)",
                new AbiValue.ArrayValue(owners.stream()
                        .map(owner -> (AbiValue) new AbiValue.AddressValue(owner))
                        .toList()),
                number(threshold),
                new AbiValue.AddressValue(Address.ZERO),
                new AbiValue.BytesValue(new byte[0]),
                new AbiValue.AddressValue(Address.ZERO),
                new AbiValue.AddressValue(Address.ZERO),
                number(0),
                new AbiValue.AddressValue(Address.ZERO));
        byte[] create = encode(
                "createProxyWithNonce(address singleton,bytes initializer,uint256 saltNonce)",
                new AbiValue.AddressValue(singleton),
                new AbiValue.BytesValue(setup),
                number(System.nanoTime()));
        Address deployer = node.accounts().get(0);
        byte[] output = node.call(Optional.of(deployer), factory, create);
        Address proxy = Address.of(Arrays.copyOfRange(output, 12, 32));
        mined(node, node.sendTransaction(deployer, Optional.of(factory), BigInteger.ZERO, create, DEPLOY_GAS));
        return new Safe(proxy, singleton);
    }

    static Address simulateTxAccessor(EvmNode node) throws Exception {
        return deploy(node, artifact("accessors/SimulateTxAccessor.sol/SimulateTxAccessor.json"));
    }

    /** The Bybit attack contract {@code name}: {@code Trojan} (its transfer writes slot 0) or {@code Backdoor}. */
    static Address attackContract(EvmNode node, String name) throws Exception {
        return deploy(
                node,
                Hex.decode(JSON.readTree(Files.readString(ATTACK)).path(name).asText()));
    }

    static byte[] encode(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(function.selector());
        out.writeBytes(AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values)));
        return out.toByteArray();
    }

    static AbiValue number(long value) {
        return new AbiValue.NumberValue(BigInteger.valueOf(value));
    }

    static Receipt mined(EvmNode node, String hash) {
        Receipt receipt = node.receipt(hash).orElseThrow(() -> new IllegalStateException(hash + " is not mined"));
        if (!receipt.succeeded()) {
            throw new IllegalStateException(hash + " reverted");
        }
        return receipt;
    }

    private static Address deploy(EvmNode node, byte[] creationCode) {
        Receipt receipt = mined(
                node,
                node.sendTransaction(
                        node.accounts().get(0), Optional.empty(), BigInteger.ZERO, creationCode, DEPLOY_GAS));
        return receipt.contractAddress().orElseThrow(() -> new IllegalStateException("no contract created"));
    }

    private static byte[] artifact(String path) throws Exception {
        JsonNode artifact = JSON.readTree(Files.readString(ARTIFACTS.resolve(path)));
        return Hex.decode(artifact.path("bytecode").asText());
    }
}
