namespace Tsunagi.Portal.Mail;

/// <summary>Sends a message to a resident in the current tenant's name. Implementations never log the address or the body.</summary>
public interface IResidentMailer
{
    Task SendAsync(ResidentMessage message, CancellationToken cancellationToken = default);
}
