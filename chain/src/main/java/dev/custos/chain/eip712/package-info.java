/**
 * EIP-712 typed structured data, as signed by {@code eth_signTypedData_v4}: strict parsing and validation, the hashing
 * rules (encodeType, typeHash, hashStruct, domain separator, digest) and recognition of permits and Safe transactions.
 */
@NullMarked
package dev.custos.chain.eip712;

import org.jspecify.annotations.NullMarked;
