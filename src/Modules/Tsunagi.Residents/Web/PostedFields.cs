using System.Collections;
using System.Globalization;

namespace Tsunagi.Residents.Web;

/// <summary>
/// Every value of a form model as (name, value) in the names Blazor binds (<c>Prefix.Members[0].ResidentId</c>),
/// so a 確認画面 can carry what was entered in hidden fields.
/// </summary>
public static class PostedFields
{
    public static IEnumerable<(string Name, string? Value)> Of(object model, string prefix)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var property in model.GetType().GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var name = prefix + property.Name;
            switch (property.GetValue(model))
            {
                case null:
                    break;
                case string text:
                    yield return (name, text);
                    break;
                case bool flag:
                    yield return (name, flag ? "true" : "false");
                    break;
                case IFormattable number:
                    yield return (name, number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        foreach (var field in Of(item, $"{name}[{i}]."))
                        {
                            yield return field;
                        }

                        i++;
                    }

                    break;
                case var nested:
                    foreach (var field in Of(nested, name + "."))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
