namespace Tsunagi.Certificates.Domain;

/// <summary>
/// The person or body asking. <see cref="ResidentId"/> is set when the requester was found in this municipality's
/// register (本人, 同一世帯); <see cref="PowerOfAttorneyPresented"/> records the 委任状 of an 代理人;
/// <see cref="Reason"/> is the legitimate reason of a 第三者 or the legal basis of a 公用 request; <see cref="Agency"/>
/// names the office of a 公用 request. <see cref="IdentityDocument"/> is the document shown at the counter (本人確認).
/// </summary>
public sealed record Requester(
    RequesterType Type,
    string Name,
    Guid? ResidentId,
    bool PowerOfAttorneyPresented,
    string? Reason,
    string? Agency,
    string? IdentityDocument);
