using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Reception;

namespace Tsunagi.Counter.Features.ReceptionPage;

/// <summary>The posted form as the reception handler's input (the scanned reference normalised, the resident id read).</summary>
public static class ReceptionInputs
{
    public static ReceptionInput From(ReceptionForm form, ICollection<CaseProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(problems);
        Guid? residentId = null;
        if (form.Person == "resident")
        {
            if (Guid.TryParse(form.ResidentId?.Trim(), out var id))
            {
                residentId = id;
            }
            else
            {
                problems.Add(new("residentId", "本人：住民記録で検索した方の住民IDを入力してください。", "Person: enter the resident id found in the register."));
            }
        }

        return new ReceptionInput
        {
            Area = form.Area,
            LifeEvent = form.LifeEvent,
            EventDate = form.EventDate,
            IdentityDocument = form.IdentityDocument,
            IdentityNumber = form.IdentityNumber,
            ResidentId = residentId,
            NewResident = form.Person == "new",
            PreApplicationReference = ScannedReference.Normalise(form.Reference),
        };
    }
}
