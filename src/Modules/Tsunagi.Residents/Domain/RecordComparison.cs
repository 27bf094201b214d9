namespace Tsunagi.Residents.Domain;

/// <summary>Which items differ between two records (names from <see cref="RecordItems"/>), in the register's order.</summary>
public static class RecordComparison
{
    public static IReadOnlyList<string> ChangedItems(ResidentRecord before, ResidentRecord after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var items = new List<string>();
        Add(items, RecordItems.Name, before.Name.FamilyName != after.Name.FamilyName || before.Name.GivenName != after.Name.GivenName);
        Add(items, RecordItems.NameKana, before.Name.FamilyNameKana != after.Name.FamilyNameKana || before.Name.GivenNameKana != after.Name.GivenNameKana);
        Add(items, RecordItems.FormerFamilyName, before.FormerFamilyName != after.FormerFamilyName);
        Add(items, RecordItems.DateOfBirth, before.DateOfBirth != after.DateOfBirth);
        Add(items, RecordItems.Sex, before.Sex != after.Sex);
        Add(items, RecordItems.Address, before.Address != after.Address);
        Add(items, RecordItems.RegisteredDomicile, before.RegisteredDomicile != after.RegisteredDomicile);
        Add(items, RecordItems.FamilyRegisterHead, before.FamilyRegisterHead != after.FamilyRegisterHead);
        Add(items, RecordItems.Nationality, before.Foreign?.Nationality != after.Foreign?.Nationality);
        Add(items, RecordItems.StatusOfResidence, before.Foreign?.StatusOfResidence != after.Foreign?.StatusOfResidence);
        Add(items, RecordItems.PeriodOfStay, before.Foreign?.PeriodOfStayEndsOn != after.Foreign?.PeriodOfStayEndsOn);
        Add(items, RecordItems.ResidenceCardNumber, before.Foreign?.ResidenceCardNumber != after.Foreign?.ResidenceCardNumber);
        return items;
    }

    private static void Add(List<string> items, string item, bool changed)
    {
        if (changed)
        {
            items.Add(item);
        }
    }
}
