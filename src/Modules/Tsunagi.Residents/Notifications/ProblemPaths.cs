using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>Renames the domain's field paths to the ones of the form or request that was sent (<c>effectiveOn</c> → <c>movedInOn</c>).</summary>
public static class ProblemPaths
{
    public static T Rename<T>(Func<T> action, params (string From, string To)[] renames)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (ResidentRuleException ex)
        {
            throw new ResidentRuleException([.. ex.Problems.Select(p => renames.FirstOrDefault(r => r.From == p.Field) is { To: { } to } ? p with { Field = to } : p)]);
        }
    }
}
