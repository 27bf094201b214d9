using System.Globalization;
using Microsoft.Extensions.Localization;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Web.Resources;

namespace Tsunagi.Web.Components.Audit;

/// <summary>The audit viewer's filters as typed into its GET form; <see cref="Validate"/> names each field that is wrong.</summary>
public sealed class AuditLogFilterForm
{
    public const int MaxCodeLength = 100;

    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Action { get; init; }

    public string? Actor { get; init; }

    public string? Outcome { get; init; }

    /// <summary>Messages by field: from, to, action, actor, outcome.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The filter, or null when a field is wrong (then <see cref="Errors"/> says which and why).</summary>
    public AuditLogFilter? Validate(IStringLocalizer<SharedResource> l)
    {
        _errors.Clear();
        var from = ParseDate("from", From, l["Audit.Filter.From"], l);
        var to = ParseDate("to", To, l["Audit.Filter.To"], l);
        if (from is { } f && to is { } t && t < f)
        {
            _errors["to"] = l["Audit.Error.ToBeforeFrom"];
        }

        var action = Code("action", Action, l["Audit.Filter.Action"], l);
        var actor = Code("actor", Actor, l["Audit.Filter.Actor"], l);
        AuditOutcome? outcome = null;
        if (!string.IsNullOrWhiteSpace(Outcome))
        {
            if (Enum.TryParse<AuditOutcome>(Outcome.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                outcome = parsed;
            }
            else
            {
                _errors["outcome"] = l["Audit.Error.Outcome"];
            }
        }

        return _errors.Count == 0 ? new AuditLogFilter(from, to, action, actor, outcome) : null;
    }

    private DateOnly? ParseDate(string field, string? text, string label, IStringLocalizer<SharedResource> l)
    {
        if (JapaneseEraDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        if (error != JapaneseDateError.Empty)
        {
            _errors[field] = string.Format(CultureInfo.CurrentCulture, l["Date.Error." + error], label, text!.Trim());
        }

        return null;
    }

    private string? Code(string field, string? text, string label, IStringLocalizer<SharedResource> l)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > MaxCodeLength)
        {
            _errors[field] = string.Format(CultureInfo.CurrentCulture, l["Audit.Error.TooLong"], label, MaxCodeLength);
        }

        return trimmed;
    }
}
