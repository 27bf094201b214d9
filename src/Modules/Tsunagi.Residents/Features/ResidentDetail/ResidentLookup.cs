namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>The outcome of opening a person who exists for this viewer: the view, or a request for the 閲覧目的 first.</summary>
public sealed record ResidentLookup(ResidentView? View, bool PurposeRequired);
