using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>Recorded items changed (記載事項変更, 職権修正); <see cref="Items"/> names what changed, never the values.</summary>
public sealed record ResidentRecordAmended(Guid ResidentId, IReadOnlyList<string> Items, DateOnly EffectiveOn, bool ExOfficio) : IIntegrationEvent;
