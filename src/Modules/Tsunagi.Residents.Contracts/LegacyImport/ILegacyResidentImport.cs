using System.Data.Common;

namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>
/// The bulk-import port of the resident register for a legacy migration (the only way another module writes
/// residents). Everything happens in the current municipality's tenant scope.
/// </summary>
public interface ILegacyResidentImport
{
    /// <summary>Which of these legacy ids were already imported and which 住民票コード are already on the register.</summary>
    Task<LegacyRegisterMatches> FindExistingAsync(IReadOnlyCollection<string> legacyIds, IReadOnlyCollection<string> residentRecordCodes, CancellationToken cancellationToken = default);

    /// <summary>The 町字 of the municipality's address master (Japan Post's list for its code); empty when it has none.</summary>
    IReadOnlyList<string> KnownLocalities();

    /// <summary>The 続柄 the register accepts, 世帯主 (<see cref="LegacyHousehold.HeadRelationship"/>) first.</summary>
    IReadOnlyList<string> KnownRelationships();

    /// <summary>
    /// Enters every household given as 職権記載（移行） in ONE transaction (with the audit event
    /// <c>residents.legacy-imported</c>): all or nothing. <paramref name="households"/> is called with the open
    /// transaction (the caller's own context joins it to read its staged rows) and may be called again when the
    /// transaction is retried; <paramref name="beforeCommit"/> runs last inside the same transaction.
    /// People whose legacy id is already on the register are skipped.
    /// </summary>
    Task<LegacyImportOutcome> ImportAsync(
        Func<DbTransaction, IAsyncEnumerable<IReadOnlyList<LegacyHousehold>>> households,
        Func<DbTransaction, LegacyImportOutcome, CancellationToken, Task> beforeCommit,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The register's values of one person entering as 職権記載（移行） in household <paramref name="householdId"/>
    /// (checked by the domain's date rules, which throw as they would at import), for the set-based import.
    /// </summary>
    LegacyRegisterEntry Prepare(LegacyPerson person, Guid householdId, DateTimeOffset recordedAt);

    /// <summary>
    /// PostgreSQL only: the set-based form of <see cref="ImportAsync"/>. <paramref name="stagedEntries"/> is called with
    /// the open transaction and returns the name of a relation visible to it (e.g. a temporary view of the caller's
    /// staged rows) with, per person, the columns of <see cref="LegacyPerson"/> and <see cref="LegacyRegisterEntry"/>
    /// in snake_case and <c>register_household_id</c> (the household's id, the same for all its members). One
    /// <c>INSERT … SELECT</c> per register table enters every person whose legacy id is not on the register yet, in
    /// ONE transaction with the audit event; all or nothing.
    /// </summary>
    Task<LegacyImportOutcome> ImportStagedAsync(
        Func<DbTransaction, CancellationToken, Task<string>> stagedEntries,
        Func<DbTransaction, LegacyImportOutcome, CancellationToken, Task> beforeCommit,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default);
}
