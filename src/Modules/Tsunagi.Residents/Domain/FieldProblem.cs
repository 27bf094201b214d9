namespace Tsunagi.Residents.Domain;

/// <summary>
/// One thing wrong with what was entered: the field (a form/API path such as <c>members[1].dateOfBirth</c>),
/// the resource key of its label, the resource key of the problem, and values for the message's placeholders.
/// Pages and the API turn it into 「生年月日（2人目）：…」 in the user's language.
/// </summary>
public sealed record FieldProblem(string Field, string LabelKey, string ProblemKey, params object[] Arguments)
{
    /// <summary>A warning is shown but does not stop the change (e.g. 住民票コード check digit).</summary>
    public bool IsWarning { get; init; }
}
