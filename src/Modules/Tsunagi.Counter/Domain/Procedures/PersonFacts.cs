namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// One member of the household as the rules see them. <see cref="IsSubject"/> marks whom the event is about (the
/// newborn, the deceased, the person moving); the insurance is what the resident declares at reception.
/// </summary>
public sealed record PersonFacts(
    string Relationship,
    DateOnly? DateOfBirth,
    bool IsSubject,
    bool IsForeignResident = false,
    HealthInsurance Insurance = HealthInsurance.Unknown,
    Guid? ResidentId = null);
