/** The exposure analysis in the API: how many people an attacker must turn, per wallet (docs/PEOPLE.md). */
package dev.custos.server.exposure;
