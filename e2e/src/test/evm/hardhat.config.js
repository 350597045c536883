// The local EVM node of the end-to-end tests: mainnet rules of the Cancun hard fork on the dev chain id.
module.exports = { networks: { hardhat: { chainId: 31337, hardfork: "cancun" } } };
