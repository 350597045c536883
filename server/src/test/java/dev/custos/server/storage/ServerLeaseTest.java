package dev.custos.server.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One server per database: a second lease is refused while the first is held, and granted once it is given up. */
class ServerLeaseTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSecondServerOnTheSameDatabaseIsRefusedUntilTheFirstStops(DatabaseKind kind) {
        DatabaseSettings database = TestDatabases.fresh(kind, folder);
        ServerLease first = ServerLease.acquire(database);
        assertThatThrownBy(() -> ServerLease.acquire(database))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("another Custos server is running on")
                .hasMessageContaining("run one server per database");
        first.close();
        ServerLease.acquire(database).close();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void leasesOfDifferentDatabasesAreIndependent(DatabaseKind kind) {
        ServerLease first = ServerLease.acquire(TestDatabases.fresh(kind, folder));
        ServerLease second = ServerLease.acquire(TestDatabases.fresh(kind, folder));
        second.close();
        first.close();
    }
}
