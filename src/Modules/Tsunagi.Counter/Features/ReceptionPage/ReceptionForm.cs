namespace Tsunagi.Counter.Features.ReceptionPage;

/// <summary>The reception form as posted: text as typed; <see cref="Step"/> is load, confirm, edit or commit.</summary>
public sealed class ReceptionForm
{
    public string? Token { get; set; }

    public string? Step { get; set; }

    public string? Area { get; set; }

    public string? LifeEvent { get; set; }

    public string? EventDate { get; set; }

    public string? Reference { get; set; }

    public string? IdentityDocument { get; set; }

    public string? IdentityNumber { get; set; }

    /// <summary>「resident」 (matched in the register, <see cref="ResidentId"/>) or 「new」 (新規).</summary>
    public string? Person { get; set; }

    public string? ResidentId { get; set; }
}
