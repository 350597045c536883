package dev.custos.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Retained heap per entity of the standard detection pipeline: the heap in use after full collections with a pipeline
 * that learned {@code n} entities of one type, minus the heap in use before, divided by {@code n}. Events are generated
 * and dropped on the fly, so only what the pipeline keeps is counted.
 *
 * <ul>
 *   <li>user: 14 days of one successful login a day (country, ASN, own device, user agent, SSO, a new session id
 *       each day, location), two failed logins on the last day, three wallet views; this also creates the user's
 *       device, its sessions and its risk-free state in every user detector;
 *   <li>host: 14 days of four commands a day by two users, with four distinct processes;
 *   <li>wallet: 600 signing requests to 600 distinct destinations (the counterparty memory fills to its 512 cap) with
 *       their transfers, and the wallet's Random Cut Forest.
 * </ul>
 *
 * <pre>
 * java -Xmx8g -cp bench/target/benchmarks.jar dev.custos.bench.PipelineMemory [users/hosts per run...]
 * </pre>
 */
public final class PipelineMemory {
    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final int DAYS = 14;
    private static final int WALLETS = 20;

    private final EventParser parser = new EventParser();
    private DetectionPipeline pipeline;
    private long lineNumber;

    private PipelineMemory() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : parseAll(args);
        PipelineWorkload.newPipeline(); // loads the screening lists before the first baseline
        PipelineMemory memory = new PipelineMemory();
        for (int size : sizes) {
            memory.measure("user", size, memory::user);
            memory.measure("host", size, memory::host);
        }
        memory.measure("wallet", WALLETS, memory::wallet);
    }

    private void measure(String type, int count, IntConsumer feedDay) {
        long before = usedAfterCollection();
        pipeline = PipelineWorkload.newPipeline();
        long started = System.nanoTime();
        for (int day = 0; day < DAYS; day++) {
            for (int entity = 0; entity < count; entity++) {
                feedDay.accept(day * 1_000_000 + entity);
            }
        }
        long after;
        int checkpointBytes;
        try {
            after = usedAfterCollection();
            ObjectNode checkpoint = pipeline.checkpoint();
            checkpointBytes = checkpoint.toString().length();
        } finally {
            Reference.reachabilityFence(pipeline);
        }
        pipeline = null;
        System.out.printf(
                Locale.ROOT,
                "%-6s x %,7d: %,8.0f bytes retained per %s (%,.1f MiB in all); checkpoint %,.0f bytes per %s;"
                        + " fed in %.1f s%n",
                type,
                count,
                (after - before) / (double) count,
                type,
                (after - before) / 1048576.0,
                checkpointBytes / (double) count,
                type,
                (System.nanoTime() - started) / 1e9);
    }

    /** One day of one user. {@code code} is day * 1,000,000 + user. */
    private void user(int code) {
        int day = code / 1_000_000;
        int user = code % 1_000_000;
        Instant morning = START.plus(Duration.ofDays(day)).plusSeconds(8 * 3600 + user % 3600);
        String name = "user-" + user;
        process(String.format(
                Locale.ROOT,
                "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"authentication\",\"action\":\"login\","
                        + "\"outcome\":\"success\"},\"user\":{\"name\":\"%s\"},\"source\":{\"ip\":\"10.%d.%d.%d\","
                        + "\"geo\":{\"country_iso_code\":\"US\",\"location\":{\"lat\":40.7,\"lon\":-74.0}},"
                        + "\"as\":{\"number\":7922}},\"user_agent\":{\"original\":\"Mozilla/5.0 Firefox/125.0\"},"
                        + "\"custos\":{\"auth\":{\"method\":\"sso\"},\"device\":{\"id\":\"dev-%d\"},"
                        + "\"session\":{\"id\":\"s-%d-%d\"}}}",
                morning,
                name,
                user >> 16 & 0xFF,
                user >> 8 & 0xFF,
                user & 0xFF,
                user,
                user,
                day));
        if (day % 5 == 0) {
            process(String.format(
                    Locale.ROOT,
                    "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"api\",\"action\":\"wallet.view\"},"
                            + "\"user\":{\"name\":\"%s\"},\"source\":{\"geo\":{\"country_iso_code\":\"US\"}},"
                            + "\"custos\":{\"wallet\":{\"id\":\"hot-%d\"}}}",
                    morning.plusSeconds(600),
                    name,
                    user % 3));
        }
        if (day == DAYS - 1) {
            for (int attempt = 0; attempt < 2; attempt++) {
                process(String.format(
                        Locale.ROOT,
                        "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"authentication\",\"action\":\"login\","
                                + "\"outcome\":\"failure\"},\"user\":{\"name\":\"%s\"}}",
                        morning.plusSeconds(3600 + attempt),
                        name));
            }
        }
    }

    /** One day of one host: four commands by two users. */
    private void host(int code) {
        int day = code / 1_000_000;
        int host = code % 1_000_000;
        Instant morning = START.plus(Duration.ofDays(day)).plusSeconds(9 * 3600 + host % 3600);
        String[] processes = {"bash", "git", "kubectl", "python3"};
        for (int command = 0; command < 4; command++) {
            process(String.format(
                    Locale.ROOT,
                    "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"process\",\"action\":\"exec\"},"
                            + "\"host\":{\"name\":\"host-%d\"},\"user\":{\"name\":\"ops-%d\"},"
                            + "\"process\":{\"name\":\"%s\",\"parent\":{\"name\":\"sshd\"},"
                            + "\"command_line\":\"%s --day %d\"}}",
                    morning.plusSeconds(command * 60L),
                    host,
                    (host + command) % 2,
                    processes[command],
                    processes[command],
                    day));
        }
    }

    /** A day of one wallet: 43 signing requests to fresh destinations and their transfers (600 over 14 days). */
    private void wallet(int code) {
        int day = code / 1_000_000;
        int wallet = code % 1_000_000;
        for (int request = 0; request < 43; request++) {
            Instant time = START.plus(Duration.ofDays(day)).plusSeconds(6 * 3600 + request * 600L + wallet);
            String destination = String.format(Locale.ROOT, "0x%08x%032x", wallet, day * 100 + request);
            double amount = 500 + (request * 7919 % 4000);
            String common = "\"user\":{\"name\":\"svc-payouts\"},\"custos\":{\"wallet\":{\"id\":\"wallet-" + wallet
                    + "\",\"tier\":\"hot\",\"balance_usd\":5000000},\"request\":{\"id\":\"r-" + wallet + "-" + day
                    + "-" + request + "\"},\"tx\":{\"to\":\"" + destination + "\",\"amount_usd\":" + amount + "}}";
            process(String.format(
                    Locale.ROOT,
                    "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"api\",\"action\":\"signing.request\"},%s}",
                    time,
                    common));
            process(String.format(
                    Locale.ROOT,
                    "{\"@timestamp\":\"%s\",\"event\":{\"category\":\"network\",\"action\":\"chain.transfer_out\"},%s}",
                    time.plusSeconds(120),
                    common));
        }
    }

    private void process(String line) {
        Event event = PipelineWorkload.parse(parser, line, ++lineNumber);
        pipeline.process(event);
    }

    private static long usedAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static int[] parseAll(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        return sizes;
    }
}
