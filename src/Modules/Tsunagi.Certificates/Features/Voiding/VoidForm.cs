namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>A void page's posted form: the reason (request or rejection), the step and the form's idempotency token.</summary>
public sealed class VoidForm
{
    public string? Reason { get; set; }

    /// <summary><c>confirm</c>, <c>edit</c>, <c>commit</c> (request); <c>confirm-approve</c>, <c>approve</c>, <c>confirm-reject</c>, <c>reject</c> (decision).</summary>
    public string? Step { get; set; }

    public string? Token { get; set; }
}
