namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>The try-out form of the procedure catalogue page, as posted (text, parsed by <see cref="TryOutParser"/>).</summary>
public sealed class TryOutForm
{
    public const int Rows = 6;

    public string LifeEvent { get; set; } = "転入";

    public string EventDate { get; set; } = string.Empty;

    public bool FromAbroad { get; set; }

    public IList<TryOutMember> Members { get; set; } = [];
}
