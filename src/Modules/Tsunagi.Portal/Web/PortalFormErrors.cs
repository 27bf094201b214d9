namespace Tsunagi.Portal.Web;

/// <summary>Messages of one form post by field id (the input's id; its message is shown under it as <c>{id}-error</c>).</summary>
public sealed class PortalFormErrors
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public string? this[string fieldId] => _messages.GetValueOrDefault(fieldId);

    public bool Any => _messages.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> All => _messages;

    public void Add(string fieldId, string message) => _messages.TryAdd(fieldId, message);

    /// <summary>The <c>aria-describedby</c> value for a field: its hint and, when it has one, its error.</summary>
    public string? DescribedBy(string fieldId, string? hintId = null)
    {
        var ids = new List<string>(2);
        if (hintId is not null)
        {
            ids.Add(hintId);
        }

        if (_messages.ContainsKey(fieldId))
        {
            ids.Add(fieldId + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
