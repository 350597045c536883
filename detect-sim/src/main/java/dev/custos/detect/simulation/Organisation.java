package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated organisation: its people and wallets.
 *
 * @param people everyone, in generation order
 * @param wallets every wallet
 */
public record Organisation(List<Person> people, List<Wallet> wallets) {
    /** The service account that submits customer withdrawals from the hot wallets. */
    public static final String PAYOUT_SERVICE = "svc-payouts";
    /** The service account that submits bridge withdrawals. */
    public static final String BRIDGE_SERVICE = "svc-bridge";
    /** The host both services run on. */
    public static final String SERVICE_HOST = "payout-svc-1";

    private static final List<String> FIRST = List.of(
            "ana", "ben", "chen", "dara", "eli", "fatima", "gus", "hana", "ivan", "jun", "kofi", "lena", "mateo", "nia",
            "omar", "priya", "quinn", "rosa", "sven", "tariq", "uma", "vera", "wei", "xena", "yusuf", "zoe");
    private static final List<String> LAST = List.of(
            "abe", "baker", "costa", "diaz", "eriksen", "fischer", "garcia", "haas", "ito", "jensen", "kim", "lopez",
            "moreau", "novak", "okafor", "patel", "quist", "rossi", "sato", "tanaka", "ueda", "varga", "wong",
            "yilmaz");
    private static final List<String> AGENTS = List.of(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/17.4",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Chrome/124.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0 Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/124.0");

    public Organisation {
        people = List.copyOf(people);
        wallets = List.copyOf(wallets);
        if (people.isEmpty() || wallets.isEmpty()) {
            throw new IllegalArgumentException("an organisation needs people and wallets");
        }
    }

    /** Generates {@code size} people in the role shares of {@link Role} and the standard wallets. */
    public static Organisation generate(RandomGenerator random, int size) {
        return generate(random, size, OrganisationShape.STANDARD);
    }

    /** Generates {@code size} people and the wallets of {@code shape}. */
    public static Organisation generate(RandomGenerator random, int size, OrganisationShape shape) {
        requireNonNull(random, "random is null");
        requireNonNull(shape, "shape is null");
        List<Person> people = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Role[] roles = Role.values();
        for (int index = 0; index < size; index++) {
            Role role = roleFor(index, size, roles, shape);
            String base = Randoms.pick(random, FIRST) + "." + Randoms.pick(random, LAST);
            String name = base;
            for (int suffix = 2; !names.add(name); suffix++) {
                name = base + suffix;
            }
            Place home = Randoms.pick(random, shape.homes());
            String method = role == Role.KEY_HOLDER || role == Role.ADMIN ? "webauthn" : "sso";
            people.add(new Person(
                    name,
                    role,
                    home,
                    "dev-" + Randoms.hex(random, 4),
                    Randoms.pick(random, AGENTS),
                    "laptop-" + name.replace('.', '-'),
                    method,
                    random.nextInt(65_536)));
        }
        return new Organisation(people, wallets(random, shape));
    }

    private static Role roleFor(int index, int size, Role[] roles, OrganisationShape shape) {
        // Deterministic quotas: the first share of positions go to engineers, and so on; at least 2 per role.
        double position = (index + 0.5) / size;
        double cumulative = 0;
        for (Role role : roles) {
            cumulative += shape.roleShares().get(role);
            if (position < cumulative) {
                return role;
            }
        }
        return roles[roles.length - 1];
    }

    private static List<Wallet> wallets(RandomGenerator random, OrganisationShape shape) {
        List<Wallet> wallets = new ArrayList<>();
        for (Wallet wallet : standardWallets(random)) {
            double factor = shape.balanceFactors().getOrDefault(wallet.id(), 1.0);
            wallets.add(new Wallet(
                    wallet.id(),
                    wallet.tier(),
                    wallet.chain(),
                    wallet.asset(),
                    wallet.address(),
                    wallet.targetBalanceUsd() * factor));
        }
        if (shape.extraHotWallet()) {
            wallets.add(new Wallet("hot-sol", "hot", "solana", "SOL", Randoms.address(random), 1_200_000));
            wallets.add(new Wallet("warm-sol", "warm", "solana", "SOL", Randoms.address(random), 15_000_000));
        }
        return wallets;
    }

    private static List<Wallet> standardWallets(RandomGenerator random) {
        return List.of(
                new Wallet("hot-eth", "hot", "ethereum", "ETH", Randoms.address(random), 2_500_000),
                new Wallet("hot-btc", "hot", "bitcoin", "BTC", Randoms.address(random), 3_000_000),
                new Wallet("hot-tron", "hot", "tron", "USDT", Randoms.address(random), 1_500_000),
                new Wallet("warm-eth", "warm", "ethereum", "ETH", Randoms.address(random), 40_000_000),
                new Wallet("warm-btc", "warm", "bitcoin", "BTC", Randoms.address(random), 45_000_000),
                new Wallet("warm-tron", "warm", "tron", "USDT", Randoms.address(random), 20_000_000),
                new Wallet("bridge-eth", "warm", "ethereum", "ETH", Randoms.address(random), 120_000_000),
                new Wallet("cold-eth", "cold", "ethereum", "ETH", Randoms.address(random), 600_000_000),
                new Wallet("cold-btc", "cold", "bitcoin", "BTC", Randoms.address(random), 900_000_000));
    }

    public List<Person> inRole(Role role) {
        return people.stream().filter(person -> person.role() == role).toList();
    }

    public Wallet wallet(String id) {
        return wallets.stream()
                .filter(wallet -> wallet.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no wallet " + id));
    }

    public Optional<Person> person(String name) {
        return people.stream().filter(person -> person.name().equals(name)).findFirst();
    }

    /** The warm wallet that refills a hot wallet, and the cold wallet that refills a warm one. */
    public Optional<Wallet> refillSource(Wallet wallet) {
        String chain = wallet.id().substring(wallet.id().indexOf('-') + 1);
        return switch (wallet.tier()) {
            case "hot" -> Optional.of(wallet("warm-" + chain));
            case "warm" ->
                wallets.stream()
                        .filter(candidate -> candidate.id().equals("cold-" + chain.toLowerCase(Locale.ROOT)))
                        .findFirst();
            default -> Optional.empty();
        };
    }
}
