using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Domain.Rules;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.Fees;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// Everything decided before an issuance is written, shared by 交付 and 見本: the tenant's settings and fee, the subjects as
/// of the day, the 支援措置 check per subject, the rules, and one rendering to find characters no font has. A refusal by
/// the 支援措置 or the rules is audited as <c>certificates.issuance-refused</c> (ids only); nothing else is written.
/// </summary>
internal sealed class IssuePreparation(
    SettingsReader settingsReader,
    IssueSubjects subjects,
    IRegisterExtract register,
    IDisclosureRestrictionCheck restrictions,
    AuditTrail audit,
    TenantDirectory directory,
    ITenantContext tenant,
    FeeCalculator fees,
    CertificateRenderer renderer,
    TimeProvider time)
{
    public const string RefusedAction = "certificates.issuance-refused";

    public async Task<PreparedIssue> PrepareAsync(IssueCertificateCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = TokyoTime.Today(time);
        var settings = await settingsReader.GetAsync(CertificateSettingSource.Print, today, cancellationToken);
        if (!settings.IsComplete)
        {
            throw new IssueRefusedException([new IssueProblem("settings", "Issue.Problem.SettingsMissing")]);
        }

        var counter = CounterOf(command, settings);
        var fee = await fees.CalculateAsync(command.Type, today, command.Copies, command.Exemption?.Recorded, cancellationToken)
            ?? throw new IssueRefusedException([new IssueProblem("type", "Issue.Problem.FeeMissing")]);
        var records = await subjects.ReadAsync(command, command.Options.AsOf ?? today, cancellationToken);
        RegisterPerson? requesterRecord = null;
        if (command.Requester.ResidentId is { } requesterId)
        {
            requesterRecord = await register.PersonAsOfAsync(requesterId, today, IssueSubjects.Purpose, cancellationToken)
                ?? throw new IssueRefusedException([new IssueProblem("requester.residentId", "Issue.Problem.RequesterNotFound")]);
        }

        await CheckAsync(command, records, requesterRecord, today, cancellationToken);
        var name = await directory.DisplayNameAsync(tenant.TenantId, cancellationToken)
            ?? LocalGovernmentMaster.Instance.Find(tenant.TenantId)?.FullName ?? tenant.TenantId;
        var prepared = new PreparedIssue(command, records, CertificateContentFactory.PrintedItems(command.Options, command.Requester), settings, name, counter, fee, today, 0);
        var rendered = renderer.Render(ContentOf(prepared, "0000-000000", VerificationCode.Create(tenant.TenantId), string.Empty, new Dictionary<Guid, string>()), Stream.Null);
        if (rendered.UnprintableCharacters.Count > 0)
        {
            throw new IssueRefusedException(UnprintableProblems.Find(records.Persons, rendered.UnprintableCharacters));
        }

        return prepared with { PageCount = rendered.PageCount };
    }

    public static CertificateContent ContentOf(PreparedIssue prepared, string number, string code, string url, IReadOnlyDictionary<Guid, string> individualNumbers)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var command = prepared.Command;
        return CertificateContentFactory.Create(new CertificateContentSource(
            command.Type, prepared.MunicipalityName, number, code, url, prepared.IssuedOn, command.Options.AsOf, prepared.Items,
            prepared.Subjects.Persons, individualNumbers, prepared.Subjects.MoveOut, command.Options.CertifiedItems, prepared.Settings));
    }

    private async Task CheckAsync(IssueCertificateCommand command, IssueSubjectRecords records, RegisterPerson? requesterRecord, DateOnly today, CancellationToken cancellationToken)
    {
        var blocked = new List<Guid>();
        foreach (var person in records.Persons)
        {
            if (await restrictions.IsIssuanceBlockedAsync(person.ResidentId, command.Requester.ResidentId, today, cancellationToken))
            {
                blocked.Add(person.ResidentId);
            }
        }

        var refusals = IssuanceRules.Check(new IssuanceRuleInput(command.Type, command.Requester, command.Options, records.Persons, requesterRecord, blocked.Count > 0));
        var problems = refusals.Select(r => new IssueProblem(r.Field, r.MessageKey)).ToList();
        if (blocked.Count > 0 && problems.Count == 0)
        {
            // Whatever the rules say, a 支援措置 blocks issuance to anyone but the protected person.
            problems.Add(new IssueProblem("residentIds", "Issue.Problem.SupportMeasure"));
        }

        if (problems.Count == 0)
        {
            return;
        }

        foreach (var person in blocked.Count > 0 ? blocked : records.Persons.Select(p => p.ResidentId))
        {
            await audit.RecordAsync(new AuditEntry(RefusedAction, "resident", person.ToString(), AuditOutcome.Denied, IssueSubjects.Purpose), cancellationToken);
        }

        throw new IssueRefusedException(problems);
    }

    private static string CounterOf(IssueCertificateCommand command, CertificatePrintSettings settings)
    {
        var counters = CountersOf(settings);
        if (command.Counter is null)
        {
            return counters.Count > 0 ? counters[0] : string.Empty;
        }

        return counters.Contains(command.Counter)
            ? command.Counter
            : throw new IssueRefusedException([new IssueProblem("counter", "Issue.Problem.CounterUnknown")]);
    }

    public static IReadOnlyList<string> CountersOf(CertificatePrintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Counters;
    }
}
