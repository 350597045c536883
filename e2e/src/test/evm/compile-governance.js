// Compiles contracts/GovernanceFixtures.sol with the npm solc package (hardhat's own dependency, 0.8.26) and writes the
// creation bytecode the Java tests deploy: node compile-governance.js > ../resources/evm/governance-fixtures.json
const fs = require("fs");
const solc = require("solc");
const input = {
  language: "Solidity",
  sources: { "GovernanceFixtures.sol": { content: fs.readFileSync(__dirname + "/contracts/GovernanceFixtures.sol", "utf8") } },
  settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "cancun",
              outputSelection: { "*": { "*": ["evm.bytecode.object"] } } },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
for (const error of output.errors || []) {
  if (error.severity === "error") { console.error(error.formattedMessage); process.exit(1); }
}
const contracts = output.contracts["GovernanceFixtures.sol"];
const result = { compiler: "solc " + solc.version(), optimizerRuns: 200, evmVersion: "cancun" };
for (const name of Object.keys(contracts)) result[name] = "0x" + contracts[name].evm.bytecode.object;
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
