using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.RegisterExtract;

/// <summary>A resident with the change in force on a day (its record is the state that day) and the whole history it came from.</summary>
internal sealed record MemberOnDay(Resident Resident, ResidencyChange InForce, IReadOnlyList<ResidencyChange> History)
{
    public ResidentRecord Record => InForce.Record;

    public bool IsOnRegister => InForce.StatusAfter == ResidentStatus.Registered;
}
