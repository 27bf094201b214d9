namespace Tsunagi.Certificates.Features.Issue;

/// <summary>手数料の免除: API names official, welfare, other.</summary>
public enum FeeExemptionKind
{
    /// <summary>公用.</summary>
    Official = 1,

    /// <summary>生活保護.</summary>
    Welfare = 2,

    /// <summary>その他 (a reason is required).</summary>
    Other = 3,
}
