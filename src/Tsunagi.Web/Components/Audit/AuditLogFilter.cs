using System.Globalization;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Web.Components.Audit;

/// <summary>The audit viewer's validated filters: a period of Tokyo dates (both inclusive), an action code, an actor and an outcome.</summary>
public sealed record AuditLogFilter(DateOnly? From, DateOnly? To, string? Action, string? Actor, AuditOutcome? Outcome)
{
    /// <summary>What was searched, as the subject of the <c>audit.read</c> event (no names, only codes and ids).</summary>
    public string Describe(int page)
    {
        var parts = new List<string>();
        Add(parts, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "action", Action);
        Add(parts, "actor", Actor);
        Add(parts, "outcome", Outcome?.ToString());
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"page={page}"));
        var text = string.Join(';', parts);
        return text.Length <= 100 ? text : text[..100];
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + value);
        }
    }
}
