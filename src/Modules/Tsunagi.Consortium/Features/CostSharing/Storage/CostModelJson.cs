using System.Text.Json;
using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Features.CostSharing.Storage;

/// <summary>How a cost model is stored: System.Text.Json, camelCase.</summary>
public static class CostModelJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(CostModel model) => JsonSerializer.Serialize(model, Options);

    public static CostModel Read(string json) =>
        JsonSerializer.Deserialize<CostModel>(json, Options) ?? throw new InvalidOperationException("A stored cost model is empty.");
}
