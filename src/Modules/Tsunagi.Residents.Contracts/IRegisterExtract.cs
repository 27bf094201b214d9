namespace Tsunagi.Residents.Contracts;

/// <summary>
/// The register as another module (certificates) may read it to print a document: a household or one person as it
/// stood on a day. The residents module audits every call as a read of personal data with the purpose given, and never
/// answers for another municipality's ids (null, as for an unknown id).
/// </summary>
public interface IRegisterExtract
{
    /// <summary>The members on the register on <paramref name="asOf"/>, head first, then by date of birth; null when the household is unknown.</summary>
    Task<RegisterHousehold?> HouseholdAsOfAsync(Guid householdId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default);

    /// <summary>One person as of a day, on the register or removed (除票); null when unknown or not yet in the register that day.</summary>
    Task<RegisterPerson?> PersonAsOfAsync(Guid residentId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default);

    /// <summary>The person's 個人番号 in clear, for printing only; audited as a reveal with the purpose. Null when none is held.</summary>
    Task<string?> IndividualNumberAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default);

    /// <summary>The 転出証明書 data of the person's latest 転出届; null when there is none.</summary>
    Task<RegisterMoveOut?> LatestMoveOutAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default);
}
