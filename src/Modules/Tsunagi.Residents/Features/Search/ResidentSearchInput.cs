namespace Tsunagi.Residents.Features.Search;

/// <summary>The search form or query string as typed: every criterion optional, at least one required.</summary>
public sealed class ResidentSearchInput
{
    /// <summary>氏名 or its reading, kanji or kana; 「山田 太郎」 = family name prefix + given name prefix.</summary>
    public string? Name { get; set; }

    /// <summary>生年月日 in 西暦 or 和暦.</summary>
    public string? DateOfBirth { get; set; }

    /// <summary>The start of the address (町字 or 町字 + 番地).</summary>
    public string? Address { get; set; }

    public string? ResidentRecordCode { get; set; }

    public string? IndividualNumber { get; set; }

    /// <summary>Include 除票 (only honoured with <c>residents.removed.read</c>).</summary>
    public bool IncludeRemoved { get; set; }
}
