import Testing

// The same contract on each database; suite names say which, so CI output shows both ran.

@Suite("Register store on SQLite")
struct SQLiteStoreTests {
    @Test func everyWriteAppendsAnEvent() async throws { try await Backend.sqlite.withStore(StoreContract.everyWriteAppendsAnEvent) }
    @Test func readsAsOfADay() async throws { try await Backend.sqlite.withStore(StoreContract.readsAsOfADayReconstructTheRegister) }
    @Test func filtersAndPaging() async throws { try await Backend.sqlite.withStore(StoreContract.filtersAndPaging) }
    @Test func failedWrites() async throws { try await Backend.sqlite.withStore(StoreContract.aFailedWriteLeavesNothingBehind) }
    @Test func migrationsTwice() async throws { try await Backend.sqlite.withStore(StoreContract.migrationsRunTwiceChangeNothing) }
    @Test func imports() async throws { try await Backend.sqlite.withStore(StoreContract.anImportIsAppliedInOneTransactionWithItsEvent) }
    @Test func statusRule() async throws { try await Backend.sqlite.withStore(StoreContract.theSQLStatusFilterAgreesWithTheDomainRule) }
    @Test func interruptedWrite() async throws { try await Backend.sqlite.withStore(StoreContract.aThrowInTheMiddleOfAWriteLeavesNothingBehind) }
    @Test func bulk() async throws { try await Backend.sqlite.withStore(StoreContract.twentyThousandDevicesInOneCall) }
    @Test func newerSchema() async throws { try await Backend.sqlite.withStore(StoreContract.aDatabaseFromANewerHerkomstIsRefused) }
    @Test func attributionVerdicts() async throws { try await Backend.sqlite.withStore(StoreContract.attributionsAreVerdictsExplainedOnRead) }
}

@Suite("Register store on PostgreSQL", .enabled(if: Backend.postgresURL != nil, "set HERKOMST_TEST_POSTGRES_URL"))
struct PostgresStoreTests {
    @Test func everyWriteAppendsAnEvent() async throws { try await Backend.postgres.withStore(StoreContract.everyWriteAppendsAnEvent) }
    @Test func readsAsOfADay() async throws { try await Backend.postgres.withStore(StoreContract.readsAsOfADayReconstructTheRegister) }
    @Test func filtersAndPaging() async throws { try await Backend.postgres.withStore(StoreContract.filtersAndPaging) }
    @Test func failedWrites() async throws { try await Backend.postgres.withStore(StoreContract.aFailedWriteLeavesNothingBehind) }
    @Test func migrationsTwice() async throws { try await Backend.postgres.withStore(StoreContract.migrationsRunTwiceChangeNothing) }
    @Test func imports() async throws { try await Backend.postgres.withStore(StoreContract.anImportIsAppliedInOneTransactionWithItsEvent) }
    @Test func statusRule() async throws { try await Backend.postgres.withStore(StoreContract.theSQLStatusFilterAgreesWithTheDomainRule) }
    @Test func interruptedWrite() async throws { try await Backend.postgres.withStore(StoreContract.aThrowInTheMiddleOfAWriteLeavesNothingBehind) }
    @Test func bulk() async throws { try await Backend.postgres.withStore(StoreContract.twentyThousandDevicesInOneCall) }
    @Test func newerSchema() async throws { try await Backend.postgres.withStore(StoreContract.aDatabaseFromANewerHerkomstIsRefused) }
    @Test func attributionVerdicts() async throws { try await Backend.postgres.withStore(StoreContract.attributionsAreVerdictsExplainedOnRead) }
}
