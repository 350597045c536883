/**
 * Typed settings. A settings record declares each of its keys as a {@link dev.custos.config.Setting} (name, type,
 * default, meaning), lists them in a {@code KEYS} constant, and builds itself from {@link
 * dev.custos.config.SettingValues} (a properties file, with command-line options on top) in a {@code from} factory;
 * its compact constructor validates the values. A test per record lists every key with its default, and the keys'
 * table in the module's docs page is checked against the same list, so a key cannot be added undocumented.
 */
@NullMarked
package dev.custos.config;

import org.jspecify.annotations.NullMarked;
