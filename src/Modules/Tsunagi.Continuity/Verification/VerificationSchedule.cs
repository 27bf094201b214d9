using Tsunagi.Platform.Japanese;

namespace Tsunagi.Continuity.Verification;

/// <summary>When the next scheduled verification is due: the next occurrence of the daily time in Japan (no daylight saving there).</summary>
public static class VerificationSchedule
{
    public static DateTimeOffset NextAfter(DateTimeOffset instant, TimeOnly dailyAt)
    {
        var tokyo = TokyoTime.ToTokyo(instant);
        var candidate = new DateTimeOffset(DateOnly.FromDateTime(tokyo.DateTime).ToDateTime(dailyAt), tokyo.Offset);
        return candidate > instant ? candidate : candidate.AddDays(1);
    }
}
