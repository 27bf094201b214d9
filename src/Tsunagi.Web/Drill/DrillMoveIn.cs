using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;

namespace Tsunagi.Web.Drill;

/// <summary>The 転入届 a drill writer sends for one key: one fictional person, the same request for the same key (so a retry is recognised).</summary>
public static class DrillMoveIn
{
    public static MoveInCommand For(string municipality, DateOnly today)
    {
        var address = municipality == "035033"
            ? new Address("028-8201", "野田", "第10地割1番地", null)
            : new Address("028-1121", "小鎚", "第1地割1番地", null);
        var person = new ParsedPerson(
            new PersonName("訓練", "花子", "クンレン", "ハナコ"), null, new DateOnly(1990, 4, 1), Sex.Female, Relationships.Head,
            "岩手県上閉伊郡大槌町小鎚第1地割1番地", "訓練　花子", null, null, null);
        return new MoveInCommand(today.AddDays(-1), today, "岩手県宮古市新川町２番１号", false, address, [person]);
    }
}
