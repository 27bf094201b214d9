namespace Tsunagi.Residents.Domain;

/// <summary>
/// Applies the asked-for items to the current record. 旧氏: with <see cref="AmendedItems.RecordFormerFamilyName"/>
/// the family name before this change becomes the 旧氏. Foreign-resident items need a nationality and a status
/// of residence. Nothing to change is refused.
/// </summary>
public static class RecordAmendments
{
    public static (ResidentRecord Record, IReadOnlyList<string> Items) Apply(ResidentRecord current, AmendedItems items)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(items);
        var name = new PersonName(
            items.FamilyName ?? current.Name.FamilyName,
            items.GivenName ?? current.Name.GivenName,
            items.FamilyNameKana ?? current.Name.FamilyNameKana,
            items.GivenNameKana ?? current.Name.GivenNameKana);
        var former = items.FormerFamilyName ?? current.FormerFamilyName;
        if (items.RecordFormerFamilyName)
        {
            if (name.FamilyName == current.Name.FamilyName)
            {
                throw ResidentRuleException.Of("recordFormerFamilyName", "Field.FormerFamilyName", "Problem.FormerNameNeedsNameChange");
            }

            former = items.FormerFamilyName ?? current.Name.FamilyName;
        }

        var next = current with
        {
            Name = name,
            FormerFamilyName = former,
            DateOfBirth = items.DateOfBirth ?? current.DateOfBirth,
            Sex = items.Sex ?? current.Sex,
            Address = items.Address ?? current.Address,
            RegisteredDomicile = items.RegisteredDomicile ?? current.RegisteredDomicile,
            FamilyRegisterHead = items.FamilyRegisterHead ?? current.FamilyRegisterHead,
            Foreign = Foreign(current.Foreign, items),
        };
        var changed = RecordComparison.ChangedItems(current, next);
        return changed.Count == 0 ? throw ResidentRuleException.Of("items", "Field.AmendedItems", "Problem.NothingChanged") : (next, changed);
    }

    private static ForeignResidentItems? Foreign(ForeignResidentItems? current, AmendedItems items)
    {
        if (items.Nationality is null && items.StatusOfResidence is null && items.PeriodOfStayEndsOn is null && items.ResidenceCardNumber is null)
        {
            return current;
        }

        var nationality = items.Nationality ?? current?.Nationality;
        var status = items.StatusOfResidence ?? current?.StatusOfResidence;
        if (nationality is null || status is null)
        {
            throw ResidentRuleException.Of(nationality is null ? "nationality" : "statusOfResidence", nationality is null ? "Field.Nationality" : "Field.StatusOfResidence", "Problem.ForeignItemsOnlyForForeignResidents");
        }

        return new ForeignResidentItems(nationality, status, items.PeriodOfStayEndsOn ?? current?.PeriodOfStayEndsOn, items.ResidenceCardNumber ?? current?.ResidenceCardNumber);
    }
}
