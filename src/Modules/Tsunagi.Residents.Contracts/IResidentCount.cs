namespace Tsunagi.Residents.Contracts;

/// <summary>How many residents the current municipality's register holds, 除票 included (usage metering's StoredResidents).</summary>
public interface IResidentCount
{
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
