using System.Globalization;
using Tsunagi.Residents.Contracts.Notifications;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.DraftNotifications;

/// <summary>
/// A draft through the register's own move-in parser and handler (its unit of work, audit and events). Rule refusals come
/// back as problems with nothing written; any other failure propagates.
/// </summary>
public sealed class RegisterNotifications(MoveInHandler moveIn) : IRegisterNotifications
{
    public async Task<RegisterNotificationOutcome> MoveInAsync(MoveInDraft draft, DateOnly notifiedOn, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var reader = new InputReader();
        var command = MoveInParser.Parse(DraftInputs.MoveIn(draft, notifiedOn), reader);
        if (command is null)
        {
            return Refused(reader.Problems);
        }

        try
        {
            var result = await moveIn.HandleAsync(command, idempotencyKey, cancellationToken);
            return new RegisterNotificationOutcome(result.HouseholdId, result.ResidentIds, []);
        }
        catch (ResidentRuleException ex)
        {
            return Refused(ex.Problems);
        }
    }

    private static RegisterNotificationOutcome Refused(IEnumerable<FieldProblem> problems) =>
        new(null, [], [.. problems.Where(p => !p.IsWarning).Select(p => new DraftProblem(p.Field, Message(p, ProblemText.Japanese), Message(p, ProblemText.English)))]);

    private static string Message(FieldProblem problem, CultureInfo culture) => ProblemText.Message(problem, culture);
}
