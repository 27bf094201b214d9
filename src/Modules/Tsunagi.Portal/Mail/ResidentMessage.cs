namespace Tsunagi.Portal.Mail;

public sealed record ResidentMessage(string To, string Subject, string Body);
