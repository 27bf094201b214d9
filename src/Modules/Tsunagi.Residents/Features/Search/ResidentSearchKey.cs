namespace Tsunagi.Residents.Features.Search;

/// <summary>What ordering a page of matches needs: the reading and the id (the tie-break), nothing else of the row.</summary>
public sealed class ResidentSearchKey
{
    public string KanaKey { get; init; } = string.Empty;

    public Guid Id { get; init; }
}
