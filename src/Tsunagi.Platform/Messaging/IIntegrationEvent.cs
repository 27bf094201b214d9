namespace Tsunagi.Platform.Messaging;

/// <summary>
/// Something that happened in one module that others may react to. Serialized as JSON into the outbox,
/// so it must be a plain record of ids and values; put no more personal data in it than the receivers need.
/// </summary>
public interface IIntegrationEvent;
