namespace Tsunagi.Residents.Domain;

/// <summary>The change breaks a rule of the register; nothing was written. Messages are resource keys, never personal data.</summary>
public sealed class ResidentRuleException(IReadOnlyList<FieldProblem> problems) : Exception("The change breaks a rule of the resident register.")
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    public static ResidentRuleException Of(string field, string labelKey, string problemKey, params object[] arguments) =>
        new([new FieldProblem(field, labelKey, problemKey, arguments)]);
}
