package dev.custos.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
    private static final String CONTRACTS = "{\"contracts\":[{\"address\":"
            + "\"0x1db92e2eebc8e0c075a02bea49a2935bcd2dfcf4\",\"kind\":\"safe\",\"label\":\"treasury\"}]}";

    @TempDir
    Path folder;

    @Test
    void missingOrInvalidContractsFile_isBadInput() throws Exception {
        Result missing = run(
                "--rpc",
                "http://127.0.0.1:1/",
                "--contracts",
                folder.resolve("none.json").toString(),
                "--data",
                folder.resolve("data").toString());
        assertThat(missing.code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err).contains("contracts file").contains("does not exist");

        Path bad = Files.writeString(folder.resolve("bad.json"), CONTRACTS.replace("safe", "vault"));
        Result invalid = run(
                "--rpc",
                "http://127.0.0.1:1/",
                "--contracts",
                bad.toString(),
                "--data",
                folder.resolve("data").toString());
        assertThat(invalid.code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(invalid.err).contains("contracts[0].kind \"vault\" is not one of");
    }

    @Test
    void unusableOrUnreachableNodeUrl_isBadInput() throws Exception {
        Path contracts = Files.writeString(folder.resolve("contracts.json"), CONTRACTS);
        Result scheme = run(
                "--rpc",
                "ftp://node.example/",
                "--contracts",
                contracts.toString(),
                "--data",
                folder.resolve("data").toString());
        assertThat(scheme.code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(scheme.err).contains("--rpc is not a usable node URL");

        Result unreachable = run(
                "--rpc",
                "http://127.0.0.1:" + closedPort() + "/secret-key",
                "--contracts",
                contracts.toString(),
                "--data",
                folder.resolve("data").toString(),
                "--once");
        assertThat(unreachable.code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(unreachable.err)
                .contains("cannot read the node at http://127.0.0.1:")
                .doesNotContain("secret-key");
    }

    @Test
    void badNumbers_areBadInput() throws Exception {
        Path contracts = Files.writeString(folder.resolve("contracts.json"), CONTRACTS);
        Result confirmations = run(
                "--rpc",
                "http://127.0.0.1:1/",
                "--contracts",
                contracts.toString(),
                "--data",
                folder.toString(),
                "--confirmations",
                "-1");
        assertThat(confirmations.code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(confirmations.err).contains("confirmations must be 0 to");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "watch";
        System.arraycopy(args, 0, full, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(full, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {}
}
