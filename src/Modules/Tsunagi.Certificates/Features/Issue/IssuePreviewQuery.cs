using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The 見本 link of the 確認画面: the request's type, persons, options and requester type in the query (ids only, no names).</summary>
public static class IssuePreviewQuery
{
    public const string Path = "/certificates/preview";

    public static string HrefFor(IssueCertificateCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var query = new List<KeyValuePair<string, string?>>
        {
            new("type", IssueApiNames.NameOf(command.Type)),
            new("household", command.HouseholdId?.ToString()),
            new("requesterType", IssueApiNames.NameOf(command.Requester.Type)),
            new("requesterResident", command.Requester.ResidentId?.ToString()),
            new("asOf", command.Options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("hh", command.Options.IncludeHouseholdHeadAndRelationship ? "1" : null),
            new("dom", command.Options.IncludeRegisteredDomicile ? "1" : null),
            new("num", command.Options.IncludeIndividualNumber ? "1" : null),
            new("code", command.Options.IncludeResidentRecordCode ? "1" : null),
        };
        query.AddRange(command.ResidentIds.Select(id => new KeyValuePair<string, string?>("resident", id.ToString())));
        query.AddRange(command.Options.CertifiedItems.Select(i => new KeyValuePair<string, string?>("item", i)));
        return QueryHelpers.AddQueryString(Path, query.Where(q => q.Value is not null));
    }

    public static IssueCertificateInput Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new IssueCertificateInput
        {
            Type = query["type"],
            HouseholdId = Guid.TryParse(query["household"], out var household) ? household : null,
            ResidentIds = [.. query["resident"].Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)],
            Options = new IssueOptionsInput
            {
                HouseholdHeadAndRelationship = query["hh"] == "1",
                RegisteredDomicile = query["dom"] == "1",
                IndividualNumber = query["num"] == "1",
                ResidentRecordCode = query["code"] == "1",
                AsOf = query["asOf"],
                CertifiedItems = [.. query["item"].OfType<string>()],
            },
            Requester = new IssueRequesterInput
            {
                Type = query["requesterType"],
                Name = "見本",
                ResidentId = Guid.TryParse(query["requesterResident"], out var requester) ? requester : null,
            },
            Copies = 1,
        };
    }
}
