using Tsunagi.Platform.Messaging;

namespace Tsunagi.Web.Tests.Messaging;

/// <summary>A test event that names the town it was raised in, to compare with the scope it is handled in.</summary>
public sealed record TownEvent(string RaisedIn) : IIntegrationEvent;
