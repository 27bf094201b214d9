using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>
/// Draws the members of one household: shapes weighted so that about 40 % of the people are 65 or older and a
/// household averages about 2.2 persons, as in the demo towns; about 1 % foreign residents.
/// </summary>
internal sealed class HouseholdPlanner(Random random, DateOnly today)
{
    private static readonly WeightedList<HouseholdKind> Kinds = BuildKinds();
    private static readonly string[] Nationalities = ["ベトナム", "ベトナム", "ベトナム", "中国", "フィリピン", "インドネシア", "ミャンマー"];
    private static readonly string[] WorkerStatuses = ["技能実習", "技能実習", "特定技能"];
    private static readonly string[] SpouseStatuses = ["永住者", "日本人の配偶者等", "定住者"];

    private readonly NameBook _names = NameBook.Instance;

    public List<PersonPlan> Plan()
    {
        var kind = Kinds.Draw(random);
        var family = _names.Family(random);
        var people = new List<PersonPlan>();
        switch (kind)
        {
            case HouseholdKind.SingleElderly:
                people.Add(Person(family, random.NextDouble() < 0.68 ? Sex.Female : Sex.Male, ElderlyAge(), Relationships.Head));
                break;
            case HouseholdKind.ElderlyCouple:
                var husband = ElderlyAge();
                people.Add(Person(family, Sex.Male, husband, Relationships.Head));
                people.Add(Spouse(family, Math.Max(65, husband - random.Next(0, 6))));
                break;
            case HouseholdKind.SingleWorkingAge:
                people.Add(Person(family, random.NextDouble() < 0.65 ? Sex.Male : Sex.Female, random.Next(20, 65), Relationships.Head));
                break;
            case HouseholdKind.WorkingCouple:
                var head = random.Next(35, 65);
                people.Add(Person(family, Sex.Male, head, Relationships.Head));
                people.Add(Spouse(family, Math.Max(20, head - random.Next(0, 5))));
                break;
            case HouseholdKind.CoupleWithChildren:
                var parent = random.Next(28, 53);
                people.Add(Person(family, Sex.Male, parent, Relationships.Head));
                people.Add(Spouse(family, Math.Max(24, parent - random.Next(0, 5))));
                AddChildren(people, family, parent - 24, random.Next(1, 4));
                break;
            case HouseholdKind.SingleParent:
                var mother = random.Next(26, 50);
                people.Add(Person(family, Sex.Female, mother, Relationships.Head));
                AddChildren(people, family, mother - 22, random.Next(1, 3));
                break;
            case HouseholdKind.ThreeGenerations:
                var elder = random.Next(65, 88);
                people.Add(Person(family, Sex.Male, elder, Relationships.Head));
                people.Add(Spouse(family, Math.Max(65, elder - random.Next(0, 5))));
                var son = elder - random.Next(25, 33);
                people.Add(Person(family, Sex.Male, son, "子"));
                people.Add(Person(family, Sex.Female, Math.Max(22, son - random.Next(0, 5)), "子の妻"));
                foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
                {
                    people.Add(Person(family, RandomSex(), random.Next(0, Math.Max(1, son - 24)), "孫"));
                }

                break;
            case HouseholdKind.ParentAndAdultChild:
                var child = random.Next(40, 66);
                people.Add(Person(family, RandomSex(), child, Relationships.Head));
                var older = Math.Min(100, child + random.Next(22, 36));
                people.Add(random.NextDouble() < 0.8 ? Person(family, Sex.Female, older, "母") : Person(family, Sex.Male, older, "父"));
                break;
            default:
                people.Add(ForeignWorker());
                break;
        }

        return people;
    }

    private static WeightedList<HouseholdKind> BuildKinds()
    {
        var kinds = new WeightedList<HouseholdKind>();
        kinds.Add(HouseholdKind.SingleElderly, 220);
        kinds.Add(HouseholdKind.ElderlyCouple, 180);
        kinds.Add(HouseholdKind.SingleWorkingAge, 100);
        kinds.Add(HouseholdKind.WorkingCouple, 80);
        kinds.Add(HouseholdKind.CoupleWithChildren, 110);
        kinds.Add(HouseholdKind.SingleParent, 30);
        kinds.Add(HouseholdKind.ThreeGenerations, 100);
        kinds.Add(HouseholdKind.ParentAndAdultChild, 100);
        kinds.Add(HouseholdKind.ForeignWorker, 16);
        return kinds;
    }

    private int ElderlyAge() => 65 + (int)(35 * Math.Pow(random.NextDouble(), 1.5));

    private Sex RandomSex() => random.NextDouble() < 0.5 ? Sex.Male : Sex.Female;

    private void AddChildren(List<PersonPlan> people, (string Name, string Reading) family, int oldest, int count)
    {
        foreach (var _ in Enumerable.Range(0, count))
        {
            people.Add(Person(family, RandomSex(), random.Next(0, Math.Max(1, oldest)), "子"));
        }
    }

    private PersonPlan Spouse((string Name, string Reading) family, int age)
    {
        if (random.NextDouble() >= 0.03)
        {
            return Person(family, Sex.Female, age, "妻");
        }

        return new PersonPlan
        {
            Name = _names.Foreign(random),
            Sex = Sex.Female,
            DateOfBirth = BirthFor(age),
            Relationship = "妻",
            Foreign = new ForeignResidentItems(Nationalities[random.Next(Nationalities.Length)], SpouseStatuses[random.Next(SpouseStatuses.Length)], null, ResidenceCardNumber()),
        };
    }

    private PersonPlan ForeignWorker()
    {
        var status = WorkerStatuses[random.Next(WorkerStatuses.Length)];
        return new PersonPlan
        {
            Name = _names.Foreign(random),
            Sex = RandomSex(),
            DateOfBirth = BirthFor(random.Next(20, 36)),
            Relationship = Relationships.Head,
            Foreign = new ForeignResidentItems(Nationalities[random.Next(Nationalities.Length)], status, today.AddDays(random.Next(60, 3 * 365)), ResidenceCardNumber()),
        };
    }

    private PersonPlan Person((string Name, string Reading) family, Sex sex, int age, string relationship)
    {
        var born = BirthFor(age);
        var given = _names.Given(random, sex, born.Year);
        return new PersonPlan
        {
            Name = new PersonName(family.Name, given.Name, family.Reading, given.Reading),
            Sex = sex,
            DateOfBirth = born,
            Relationship = relationship,
        };
    }

    private DateOnly BirthFor(int age) => today.AddYears(-age).AddDays(-random.Next(1, 365));

    private string ResidenceCardNumber()
    {
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        Span<char> card = stackalloc char[12];
        card[0] = Letters[random.Next(Letters.Length)];
        card[1] = Letters[random.Next(Letters.Length)];
        for (var i = 2; i < 10; i++)
        {
            card[i] = (char)('0' + random.Next(10));
        }

        card[10] = Letters[random.Next(Letters.Length)];
        card[11] = Letters[random.Next(Letters.Length)];
        return new string(card);
    }
}
