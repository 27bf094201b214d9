using System.Text.Json;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// A person in the register. Its current record is the record of its latest <see cref="ResidencyChange"/>;
/// the columns beside it (names, keys, address, household) are copies kept for search. Every change goes
/// through <see cref="Register"/>, <see cref="Change"/> or <see cref="Remove"/>, which append to the history.
/// </summary>
public sealed class Resident : ITenantOwned
{
    private ResidentRecord? _record;

    private Resident()
    {
    }

    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; private set; }

    public ResidentStatus Status { get; private set; }

    /// <summary>異動日 of the removal (転出, 死亡, 職権消除), for a 除票.</summary>
    public DateOnly? RemovedOn { get; private set; }

    public ChangeKind? RemovalKind { get; private set; }

    /// <summary>Concurrency token: a form carries the version it was made from.</summary>
    public int Version { get; private set; }

    /// <summary>Number of changes recorded; the next change's <see cref="ResidencyChange.Sequence"/> is this + 1.</summary>
    public int ChangeCount { get; private set; }

    /// <summary>異動日 of the latest change, so a new one cannot be dated before it.</summary>
    public DateOnly LastEffectiveOn { get; private set; }

    public string RecordJson { get; private set; } = string.Empty;

    public string FamilyName { get; private set; } = string.Empty;

    public string GivenName { get; private set; } = string.Empty;

    public string FamilyNameKana { get; private set; } = string.Empty;

    public string GivenNameKana { get; private set; } = string.Empty;

    /// <summary><see cref="NameSearchKey"/> of 氏 + 名 (kanji as entered, folded for matching).</summary>
    public string NameKey { get; private set; } = string.Empty;

    /// <summary><see cref="NameSearchKey"/> of the reading 氏 + 名.</summary>
    public string KanaKey { get; private set; } = string.Empty;

    public string GivenNameKey { get; private set; } = string.Empty;

    public string GivenKanaKey { get; private set; } = string.Empty;

    public DateOnly DateOfBirth { get; private set; }

    public Guid HouseholdId { get; private set; }

    public string Relationship { get; private set; } = string.Empty;

    public string PostalCode { get; private set; } = string.Empty;

    public string Locality { get; private set; } = string.Empty;

    public string AddressLine { get; private set; } = string.Empty;

    public string? ResidentRecordCode { get; private set; }

    /// <summary>個人番号, encrypted with the tenant's data key (never stored in clear).</summary>
    public byte[]? IndividualNumberCipher { get; private set; }

    /// <summary>Keyed blind index of 個人番号 for exact-match search.</summary>
    public byte[]? IndividualNumberIndex { get; private set; }

    public ResidentRecord Record => _record ??= JsonSerializer.Deserialize<ResidentRecord>(RecordJson, ResidencyChange.Json)!;

    public bool IsRemoved => Status == ResidentStatus.Removed;

    /// <summary>Enters a new person (転入, 出生, 職権記載（移行）) and records the first change.</summary>
    public static (Resident Resident, ResidencyChange Change) Register(string tenantId, Guid id, ResidentRecord record, ChangeKind kind, ChangeContext context)
    {
        if (kind is not (ChangeKind.MoveIn or ChangeKind.Birth or ChangeKind.MigratedEntry))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a move-in, a birth or a migrated entry registers a person.");
        }

        ThrowIfAny(ChangeDateRules.Check(kind, context, record.DateOfBirth, null));
        var resident = new Resident { TenantId = tenantId, Id = id, Status = ResidentStatus.Registered };
        return (resident, resident.Append(kind, record, ResidentStatus.Registered, context));
    }

    /// <summary>Records a change of items (転居, 世帯変更, 記載事項変更, 職権修正) with the record as it stands after it.</summary>
    public ResidencyChange Change(ChangeKind kind, ResidentRecord record, ChangeContext context)
    {
        if (kind is ChangeKind.MoveIn or ChangeKind.Birth or ChangeKind.MigratedEntry or ChangeKind.MoveOut or ChangeKind.Death or ChangeKind.ExOfficioRemoval)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use Register or Remove for this change.");
        }

        if (IsRemoved && kind != ChangeKind.ExOfficioCorrection)
        {
            throw ResidentRuleException.Of("resident", "Field.Resident", "Problem.ResidentRemoved");
        }

        ThrowIfAny(ChangeDateRules.Check(kind, context, record.DateOfBirth, LastEffectiveOn));
        return Append(kind, record, Status, context);
    }

    /// <summary>Removes the person from the register (転出, 死亡, 職権消除): the record becomes a 除票, kept for ever.</summary>
    public ResidencyChange Remove(ChangeKind kind, ChangeContext context)
    {
        if (kind is not (ChangeKind.MoveOut or ChangeKind.Death or ChangeKind.ExOfficioRemoval))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a move-out, a death or an ex-officio removal removes a person.");
        }

        if (IsRemoved)
        {
            throw ResidentRuleException.Of("resident", "Field.Resident", "Problem.ResidentRemoved");
        }

        ThrowIfAny(ChangeDateRules.Check(kind, context, Record.DateOfBirth, LastEffectiveOn));
        RemovedOn = context.EffectiveOn;
        RemovalKind = kind;
        return Append(kind, Record, ResidentStatus.Removed, context);
    }

    /// <summary>Stores 個人番号 encrypted, with its blind index (both computed by the caller with the tenant key).</summary>
    public void SetIndividualNumber(byte[] cipher, byte[] blindIndex)
    {
        IndividualNumberCipher = cipher;
        IndividualNumberIndex = blindIndex;
    }

    /// <summary>Throws <see cref="StaleFormException"/> when the form was made from another version.</summary>
    public void EnsureVersion(int expected)
    {
        if (expected != Version)
        {
            throw new StaleFormException();
        }
    }

    private ResidencyChange Append(ChangeKind kind, ResidentRecord record, ResidentStatus statusAfter, ChangeContext context)
    {
        var change = new ResidencyChange
        {
            TenantId = TenantId,
            Id = Guid.CreateVersion7(context.RecordedAt),
            ResidentId = Id,
            Sequence = ChangeCount + 1,
            Kind = kind,
            Origin = context.Origin,
            EffectiveOn = context.EffectiveOn,
            NotifiedOn = context.NotifiedOn,
            Reason = context.Reason,
            LateNotification = NotificationDeadlines.IsLate(kind, context.Origin, context.EffectiveOn, context.NotifiedOn),
            StatusAfter = statusAfter,
            ActorId = context.ActorId,
            ApprovedBy = context.ApprovedBy,
            RecordedAt = context.RecordedAt,
            IdempotencyKey = context.IdempotencyKey,
            RecordJson = JsonSerializer.Serialize(record, ResidencyChange.Json),
        };
        ChangeCount = change.Sequence;
        Version++;
        Status = statusAfter;
        if (kind != ChangeKind.ExOfficioCorrection || context.EffectiveOn > LastEffectiveOn)
        {
            LastEffectiveOn = context.EffectiveOn;
        }

        Apply(record);
        return change;
    }

    private void Apply(ResidentRecord record)
    {
        _record = record;
        RecordJson = JsonSerializer.Serialize(record, ResidencyChange.Json);
        FamilyName = record.Name.FamilyName;
        GivenName = record.Name.GivenName;
        FamilyNameKana = record.Name.FamilyNameKana;
        GivenNameKana = record.Name.GivenNameKana;
        NameKey = NameSearchKey.For(record.Name.FamilyName + record.Name.GivenName).Value;
        KanaKey = NameSearchKey.For(record.Name.FamilyNameKana + record.Name.GivenNameKana).Value;
        GivenNameKey = NameSearchKey.For(record.Name.GivenName).Value;
        GivenKanaKey = NameSearchKey.For(record.Name.GivenNameKana).Value;
        DateOfBirth = record.DateOfBirth;
        HouseholdId = record.HouseholdId;
        Relationship = record.Relationship;
        PostalCode = record.Address.PostalCode;
        Locality = record.Address.Locality;
        AddressLine = record.Address.Line;
        ResidentRecordCode = record.ResidentRecordCode;
    }

    private static void ThrowIfAny(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ResidentRuleException(problems);
        }
    }
}
