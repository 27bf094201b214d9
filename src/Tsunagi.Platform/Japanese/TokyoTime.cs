namespace Tsunagi.Platform.Japanese;

/// <summary>Instants are stored in UTC and shown in Asia/Tokyo; dates typed by staff are Tokyo dates.</summary>
public static class TokyoTime
{
    /// <summary>Asia/Tokyo from the system's time zone data, or a fixed UTC+9 (Japan has kept no daylight saving time since 1951).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToTokyo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant a Tokyo day begins (00:00 JST), in UTC.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToTokyo(time.GetUtcNow()).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Tokyo", TimeSpan.FromHours(9), "Asia/Tokyo", "JST");
        }
    }
}
