using System.Text.Json;

namespace Tsunagi.Platform.Messaging;

/// <summary>How an event type is named in the outbox and serialized into it.</summary>
internal static class IntegrationEventNames
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The full type name: renaming or moving an event type is a breaking change for undelivered messages.</summary>
    public static string Of(Type eventType) => eventType.FullName ?? eventType.Name;
}
