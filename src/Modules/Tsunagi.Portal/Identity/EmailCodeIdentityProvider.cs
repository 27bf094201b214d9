using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Mail;
using Tsunagi.Portal.Resources;

namespace Tsunagi.Portal.Identity;

/// <summary>
/// Sign-in by a six-digit code sent by e-mail. Any address may sign in (there is no account to look up), so the answer
/// never depends on the address; at most <see cref="CodesPerHour"/> codes per address and hour are sent, further
/// requests are accepted silently. Audit events name the code's id only.
/// </summary>
public sealed class EmailCodeIdentityProvider(
    PortalDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    ITenantContext tenant,
    ResidentIdentityKey identityKey,
    IResidentMailer mailer,
    IStringLocalizer<PortalResource> text,
    TimeProvider time) : IResidentIdentityProvider
{
    public const string ProviderName = "email-code";
    public const int CodesPerHour = 5;
    public const string CodeIssuedAction = "portal.sign-in-code.issued";
    public const string SignedInAction = "portal.sign-in.succeeded";
    public const string SignInRefusedAction = "portal.sign-in.refused";

    public string Name => ProviderName;

    public async Task StartAsync(string identifier, CancellationToken cancellationToken = default)
    {
        if (!ResidentEmail.IsValid(identifier))
        {
            return;
        }

        var email = ResidentEmail.Normalise(identifier);
        var key = await identityKey.ForEmailAsync(email, cancellationToken);
        await unitOfWork.RunAsync(db, async ct =>
        {
            var now = time.GetUtcNow();
            var recent = await CodesOfAsync(key, ct);
            if (recent.Count(c => c.IssuedAt > now.AddHours(-1)) >= CodesPerHour)
            {
                return false;
            }

            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var issued = ResidentSignInCode.Issue(key, code, now);
            issued.TenantId = tenant.TenantId;
            db.SignInCodes.Add(issued);
            await mailer.SendAsync(new ResidentMessage(email, text["Portal.Mail.Subject"], string.Format(CultureInfo.CurrentCulture, text["Portal.Mail.Body"].Value.Replace("\\n", "\n", StringComparison.Ordinal), code, (int)ResidentSignInCode.Lifetime.TotalMinutes)), ct);
            await audit.AppendAsync(new AuditEntry(CodeIssuedAction, nameof(ResidentSignInCode), issued.Id.ToString()), ct);
            return true;
        }, cancellationToken);
    }

    public async Task<ResidentIdentity?> CompleteAsync(string identifier, string proof, CancellationToken cancellationToken = default)
    {
        if (!ResidentEmail.IsValid(identifier))
        {
            return null;
        }

        var key = await identityKey.ForEmailAsync(identifier, cancellationToken);
        var code = Platform.Japanese.JapaneseDigits.ToAscii(proof ?? string.Empty).Trim();
        return await unitOfWork.RunAsync(db, async ct =>
        {
            var now = time.GetUtcNow();
            var latest = (await CodesOfAsync(key, ct)).OrderByDescending(c => c.IssuedAt).FirstOrDefault();
            if (latest is null)
            {
                return null;
            }

            var used = latest.TryUse(code, now);
            await audit.AppendAsync(new AuditEntry(used ? SignedInAction : SignInRefusedAction, nameof(ResidentSignInCode), latest.Id.ToString(), used ? AuditOutcome.Succeeded : AuditOutcome.Denied), ct);
            return used ? new ResidentIdentity(key, ProviderName) : null;
        }, cancellationToken);
    }

    private Task<List<ResidentSignInCode>> CodesOfAsync(string key, CancellationToken cancellationToken) =>
        db.SignInCodes.Where(c => c.IdentityKey == key).ToListAsync(cancellationToken);
}
