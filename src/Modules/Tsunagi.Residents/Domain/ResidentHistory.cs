namespace Tsunagi.Residents.Domain;

/// <summary>Views of a resident's append-only history (the history itself is never rewritten).</summary>
public static class ResidentHistory
{
    /// <summary>
    /// The change in force on <paramref name="date"/>: the one with the greatest (異動日, sequence) whose 異動日 is on
    /// or before that day, or null when the person was not yet in the register. Its record is the state that day;
    /// the person was on the register if its <see cref="ResidencyChange.StatusAfter"/> is Registered.
    /// </summary>
    public static ResidencyChange? AsOf(IEnumerable<ResidencyChange> changes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ResidencyChange? inForce = null;
        foreach (var change in changes)
        {
            if (change.EffectiveOn > date)
            {
                continue;
            }

            if (inForce is null || change.EffectiveOn > inForce.EffectiveOn || (change.EffectiveOn == inForce.EffectiveOn && change.Sequence > inForce.Sequence))
            {
                inForce = change;
            }
        }

        return inForce;
    }
}
