using System.Globalization;
using System.Resources;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Consortium.Features.CostSharing.Shares;

namespace Tsunagi.Consortium.Features.CostSharing;

/// <summary>The cost-sharing strings in a given language (statements are Japanese) and problem messages that name their field.</summary>
public static class CostText
{
    private static readonly ResourceManager Resources = new("Tsunagi.Consortium.Resources.ConsortiumResource", typeof(CostText).Assembly);

    public static CultureInfo Japanese { get; } = CultureInfo.GetCultureInfo("ja-JP");

    public static string Get(string key, CultureInfo? culture = null) => Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    /// <summary>「均等割の割合：…」: the field's label, then the problem.</summary>
    public static string Message(CostProblem problem, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        culture ??= CultureInfo.CurrentUICulture;
        return string.Format(culture, Get(problem.Key, culture), [FieldLabel(problem.Field, culture), .. problem.Arguments]);
    }

    public static string FieldLabel(string field, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var dash = field.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return Get("Cost.Field." + field, culture);
        }

        var suffix = field[(dash + 1)..];
        var where = suffix.Length == 6 ? ConsortiumMembers.NameOf(suffix) : string.Format(culture ?? CultureInfo.CurrentUICulture, Get("Cost.Field.Row", culture), suffix);
        return Get("Cost.Field." + field[..dash], culture) + "（" + where + "）";
    }

    public static string Yen(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + "円";

    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
