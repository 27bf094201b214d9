using Tsunagi.Platform.Messaging;

namespace Tsunagi.Platform.Tests.Messaging;

/// <summary>A test event that carries only its position, so order and duplicates show in what handlers saw.</summary>
public sealed record NumberedEvent(int Number) : IIntegrationEvent;
