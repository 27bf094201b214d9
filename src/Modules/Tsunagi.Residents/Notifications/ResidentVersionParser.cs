using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Notifications;

/// <summary>Reads ids and versions of residents and households as a form or client sends them.</summary>
public static class ResidentVersionParser
{
    public static ResidentVersion? Parse(ResidentVersionInput? input, string field, string label, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var id = Id(input?.ResidentId, field, label, reader);
        if (id is null)
        {
            return null;
        }

        if (input!.Version is not { } version || version < 0)
        {
            reader.Add(new FieldProblem(field, label, "Problem.VersionMissing"));
            return null;
        }

        return new ResidentVersion(id.Value, version);
    }

    public static Guid? Id(string? value, string field, string label, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            reader.Add(new FieldProblem(field, label, "Problem.Required"));
            return null;
        }

        if (!Guid.TryParse(value.Trim(), out var id))
        {
            reader.Add(new FieldProblem(field, label, "Problem.InvalidId"));
            return null;
        }

        return id;
    }
}
