using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>A parsed 転入届: a new household of <see cref="Members"/> at <see cref="Address"/>.</summary>
public sealed record MoveInCommand(
    DateOnly MovedInOn,
    DateOnly NotifiedOn,
    string PreviousAddress,
    bool FromAbroad,
    Address Address,
    IReadOnlyList<ParsedPerson> Members,
    string? MoveOutCertificateNumber = null,
    string? MoveOutMunicipalityCode = null);
