using System.Globalization;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.ReceptionPage;

/// <summary>A problem's message in the page's language, and the id of the input it names (for the summary's links).</summary>
public static class ProblemText
{
    public static string Of(CaseProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? problem.MessageEn : problem.MessageJa;
    }

    public static string FieldId(string field) => field switch
    {
        "lifeEvent" => "lifeEvent-0",
        "residentId" => "person-resident",
        _ => field.Replace('[', '-').Replace(']', '-').Replace('.', '-'),
    };
}
