using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Reads a request into a command, collecting every wrong field (named in Japanese) instead of stopping at the first.</summary>
public static class IssueCertificateParser
{
    public const int MaxCopies = 10;
    public const int MaxResidents = 50;
    private const int MaxText = 200;

    public static IssueCertificateCommand? Parse(IssueCertificateInput input, DateOnly today, ICollection<IssueProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        CertificateType? type = null;
        if (string.IsNullOrWhiteSpace(input.Type))
        {
            problems.Add(new("type", "Issue.Problem.TypeRequired"));
        }
        else if (IssueApiNames.Types.TryGetValue(input.Type.Trim(), out var known))
        {
            type = known;
        }
        else
        {
            problems.Add(new("type", "Issue.Problem.TypeUnknown"));
        }

        var residentIds = (input.ResidentIds ?? []).Distinct().ToList();
        if (input.HouseholdId is null && residentIds.Count == 0)
        {
            problems.Add(new("residentIds", "Issue.Problem.SubjectsRequired"));
        }
        else if (residentIds.Count > MaxResidents)
        {
            problems.Add(new("residentIds", "Issue.Problem.TooManySubjects", MaxResidents.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var options = ParseOptions(input.Options ?? new(), type, today, problems);
        var requester = ParseRequester(input.Requester ?? new(), problems);
        if (input.Copies is not (>= 1 and <= MaxCopies))
        {
            problems.Add(new("copies", "Issue.Problem.CopiesRange"));
        }

        var counter = Text(input.Counter, "counter", "Issue.Problem.CounterTooLong", problems, 100);
        var exemption = ParseExemption(input.FeeExemption, problems);
        if (problems.Count > 0 || type is null || options is null || requester is null)
        {
            return null;
        }

        return new IssueCertificateCommand(type.Value, input.HouseholdId, residentIds, options, requester, input.Copies!.Value, counter, exemption);
    }

    private static CertificateOptions? ParseOptions(IssueOptionsInput input, CertificateType? type, DateOnly today, ICollection<IssueProblem> problems)
    {
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(input.AsOf))
        {
            if (!JapaneseEraDate.TryParse(input.AsOf, out var date, out _))
            {
                problems.Add(new("options.asOf", "Issue.Problem.AsOfInvalid"));
                return null;
            }

            if (date > today)
            {
                problems.Add(new("options.asOf", "Issue.Problem.AsOfFuture"));
                return null;
            }

            asOf = date == today ? null : date;
        }

        var items = (input.CertifiedItems ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (items.Count > 20 || items.Exists(i => i.Length > 50))
        {
            problems.Add(new("options.certifiedItems", "Issue.Problem.CertifiedItemsTooMany"));
            return null;
        }

        return new CertificateOptions(
            input.HouseholdHeadAndRelationship, input.RegisteredDomicile, input.IndividualNumber, input.ResidentRecordCode, asOf,
            type == CertificateType.RecordItemsCertificate ? items : []);
    }

    private static Requester? ParseRequester(IssueRequesterInput input, ICollection<IssueProblem> problems)
    {
        RequesterType? type = null;
        if (string.IsNullOrWhiteSpace(input.Type))
        {
            problems.Add(new("requester.type", "Issue.Problem.RequesterTypeRequired"));
        }
        else if (IssueApiNames.Requesters.TryGetValue(input.Type.Trim(), out var known))
        {
            type = known;
        }
        else
        {
            problems.Add(new("requester.type", "Issue.Problem.RequesterTypeUnknown"));
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(new("requester.name", "Issue.Problem.RequesterNameRequired"));
        }
        else if (name.Length > 100)
        {
            problems.Add(new("requester.name", "Issue.Problem.RequesterNameTooLong"));
        }

        var reason = Text(input.Reason, "requester.reason", "Issue.Problem.ReasonTooLong", problems, MaxText);
        var agency = Text(input.Agency, "requester.agency", "Issue.Problem.AgencyTooLong", problems, MaxText);
        var document = Text(input.IdentityDocument, "requester.identityDocument", "Issue.Problem.IdentityDocumentTooLong", problems, 100);
        return type is null || string.IsNullOrEmpty(name) || name.Length > 100
            ? null
            : new Requester(type.Value, name, input.ResidentId, input.PowerOfAttorney, reason, agency, document);
    }

    private static FeeExemption? ParseExemption(IssueExemptionInput? input, ICollection<IssueProblem> problems)
    {
        if (input is null || string.IsNullOrWhiteSpace(input.Kind) || input.Kind.Trim() == "none")
        {
            return null;
        }

        var reason = Text(input.Reason, "feeExemption.reason", "Issue.Problem.ExemptionReasonTooLong", problems, MaxText);
        FeeExemptionKind? kind = input.Kind.Trim() switch
        {
            "official" => FeeExemptionKind.Official,
            "welfare" => FeeExemptionKind.Welfare,
            "other" => FeeExemptionKind.Other,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add(new("feeExemption.kind", "Issue.Problem.ExemptionKindUnknown"));
            return null;
        }

        if (kind == FeeExemptionKind.Other && reason is null)
        {
            problems.Add(new("feeExemption.reason", "Issue.Problem.ExemptionReasonRequired"));
            return null;
        }

        return new FeeExemption(kind.Value, reason);
    }

    private static string? Text(string? value, string field, string tooLongKey, ICollection<IssueProblem> problems, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > max)
        {
            problems.Add(new(field, tooLongKey, max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return text;
    }
}
