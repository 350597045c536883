// SPDX-License-Identifier: Apache-2.0
// Small contracts that make governance changes the way the widespread implementations do, emitting the same events
// (OpenZeppelin's Ownable, AccessControl, ERC1967 proxies, TimelockController and Governor; a Safe 1.4.1 guard), for
// the end-to-end tests of the on-chain governance watcher. Reduced to what the tests change; not for production.
pragma solidity 0.8.26;

/// An Ownable contract: OwnershipTransferred(previousOwner, newOwner), both indexed.
contract OwnedVault {
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    address public owner;

    constructor() {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
    }

    function transferOwnership(address newOwner) external {
        require(msg.sender == owner, "not the owner");
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }
}

/// An AccessControl contract: RoleGranted/RoleRevoked(role, account, sender), all indexed.
contract RoleRegistry {
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    bytes32 public constant DEFAULT_ADMIN_ROLE = 0x00;
    mapping(bytes32 => mapping(address => bool)) public hasRole;

    constructor() {
        hasRole[DEFAULT_ADMIN_ROLE][msg.sender] = true;
        emit RoleGranted(DEFAULT_ADMIN_ROLE, msg.sender, msg.sender);
    }

    function grantRole(bytes32 role, address account) external {
        require(hasRole[DEFAULT_ADMIN_ROLE][msg.sender], "not an admin");
        if (!hasRole[role][account]) {
            hasRole[role][account] = true;
            emit RoleGranted(role, account, msg.sender);
        }
    }

    function revokeRole(bytes32 role, address account) external {
        require(hasRole[DEFAULT_ADMIN_ROLE][msg.sender], "not an admin");
        if (hasRole[role][account]) {
            hasRole[role][account] = false;
            emit RoleRevoked(role, account, msg.sender);
        }
    }
}

/// An EIP-1967 proxy with its admin in the standard slot: Upgraded, AdminChanged, BeaconUpgraded.
contract UpgradeableProxy {
    event Upgraded(address indexed implementation);
    event AdminChanged(address previousAdmin, address newAdmin);
    event BeaconUpgraded(address indexed beacon);

    bytes32 private constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    bytes32 private constant ADMIN_SLOT = 0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103;
    bytes32 private constant BEACON_SLOT = 0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50;

    constructor(address implementation) {
        _store(IMPLEMENTATION_SLOT, implementation);
        emit Upgraded(implementation);
        _store(ADMIN_SLOT, msg.sender);
        emit AdminChanged(address(0), msg.sender);
    }

    function upgradeTo(address implementation) external {
        require(msg.sender == _load(ADMIN_SLOT), "not the admin");
        _store(IMPLEMENTATION_SLOT, implementation);
        emit Upgraded(implementation);
    }

    function changeAdmin(address newAdmin) external {
        address previous = _load(ADMIN_SLOT);
        require(msg.sender == previous, "not the admin");
        _store(ADMIN_SLOT, newAdmin);
        emit AdminChanged(previous, newAdmin);
    }

    function upgradeBeacon(address beacon) external {
        require(msg.sender == _load(ADMIN_SLOT), "not the admin");
        _store(BEACON_SLOT, beacon);
        emit BeaconUpgraded(beacon);
    }

    function _store(bytes32 slot, address value) private {
        assembly {
            sstore(slot, value)
        }
    }

    function _load(bytes32 slot) private view returns (address value) {
        assembly {
            value := sload(slot)
        }
    }
}

/// A TimelockController's delay and scheduling: MinDelayChange(old, new), CallScheduled(id, index, target, value,
/// data, predecessor, delay).
contract DelayedExecutor {
    event MinDelayChange(uint256 oldDuration, uint256 newDuration);
    event CallScheduled(
        bytes32 indexed id,
        uint256 indexed index,
        address target,
        uint256 value,
        bytes data,
        bytes32 predecessor,
        uint256 delay
    );

    uint256 public minDelay;
    address public proposer;

    constructor(uint256 delay) {
        minDelay = delay;
        proposer = msg.sender;
        emit MinDelayChange(0, delay);
    }

    function updateDelay(uint256 newDelay) external {
        require(msg.sender == proposer, "not the proposer");
        emit MinDelayChange(minDelay, newDelay);
        minDelay = newDelay;
    }

    function schedule(address target, uint256 value, bytes calldata data, bytes32 predecessor, bytes32 salt)
        external
    {
        require(msg.sender == proposer, "not the proposer");
        bytes32 id = keccak256(abi.encode(target, value, data, predecessor, salt));
        emit CallScheduled(id, 0, target, value, data, predecessor, minDelay);
    }
}

/// A Governor's proposals: ProposalCreated (OpenZeppelin's shape) and ProposalExecuted.
contract ProposalBoard {
    event ProposalCreated(
        uint256 proposalId,
        address proposer,
        address[] targets,
        uint256[] values,
        string[] signatures,
        bytes[] calldatas,
        uint256 voteStart,
        uint256 voteEnd,
        string description
    );
    event ProposalExecuted(uint256 proposalId);

    mapping(uint256 => bool) public proposed;

    function propose(address[] calldata targets, uint256[] calldata values, bytes[] calldata calldatas,
        string calldata description) external returns (uint256 proposalId)
    {
        proposalId = uint256(keccak256(abi.encode(targets, values, calldatas, keccak256(bytes(description)))));
        proposed[proposalId] = true;
        emit ProposalCreated(proposalId, msg.sender, targets, values, new string[](targets.length), calldatas,
            block.number + 1, block.number + 50, description);
    }

    function execute(uint256 proposalId) external {
        require(proposed[proposalId], "unknown proposal");
        emit ProposalExecuted(proposalId);
    }
}

/// A Safe transaction guard that allows everything (Safe 1.4.1 checks the ERC-165 interface when it is set).
contract PermissiveGuard {
    function checkTransaction(address, uint256, bytes memory, uint8, uint256, uint256, uint256, address,
        address payable, bytes memory, address) external pure {}

    function checkAfterExecution(bytes32, bool) external pure {}

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == 0xe6d7a83a || interfaceId == 0x01ffc9a7;
    }
}
