package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Hash32;
import java.nio.charset.StandardCharsets;

/** The first topics (event signature hashes) the decoders know. */
public final class EventTopics {
    // Safe (1.1.1 and 1.3.0: the address in data; 1.4.1: indexed)
    public static final Hash32 ADDED_OWNER = of("AddedOwner(address)");
    public static final Hash32 REMOVED_OWNER = of("RemovedOwner(address)");
    public static final Hash32 CHANGED_THRESHOLD = of("ChangedThreshold(uint256)");
    public static final Hash32 ENABLED_MODULE = of("EnabledModule(address)");
    public static final Hash32 DISABLED_MODULE = of("DisabledModule(address)");
    public static final Hash32 CHANGED_GUARD = of("ChangedGuard(address)");
    public static final Hash32 CHANGED_FALLBACK_HANDLER = of("ChangedFallbackHandler(address)");
    // EIP-1967
    public static final Hash32 UPGRADED = of("Upgraded(address)");
    public static final Hash32 ADMIN_CHANGED = of("AdminChanged(address,address)");
    public static final Hash32 BEACON_UPGRADED = of("BeaconUpgraded(address)");
    // Ownable
    public static final Hash32 OWNERSHIP_TRANSFERRED = of("OwnershipTransferred(address,address)");
    // AccessControl
    public static final Hash32 ROLE_GRANTED = of("RoleGranted(bytes32,address,address)");
    public static final Hash32 ROLE_REVOKED = of("RoleRevoked(bytes32,address,address)");
    public static final Hash32 ROLE_ADMIN_CHANGED = of("RoleAdminChanged(bytes32,bytes32,bytes32)");
    // TimelockController
    public static final Hash32 MIN_DELAY_CHANGE = of("MinDelayChange(uint256,uint256)");
    public static final Hash32 CALL_SCHEDULED =
            of("CallScheduled(bytes32,uint256,address,uint256,bytes,bytes32,uint256)");
    // Governor
    public static final Hash32 PROPOSAL_CREATED =
            of("ProposalCreated(uint256,address,address[],uint256[],string[]," + "bytes[],uint256,uint256,string)");
    public static final Hash32 PROPOSAL_EXECUTED = of("ProposalExecuted(uint256)");
    // ERC-20 and ERC-721
    public static final Hash32 TRANSFER = of("Transfer(address,address,uint256)");

    private EventTopics() {}

    private static Hash32 of(String signature) {
        return Hash32.keccak(signature.getBytes(StandardCharsets.US_ASCII));
    }
}
