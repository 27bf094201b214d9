using SkiaSharp;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Tests.Rendering;

/// <summary>Certificate contents built in code: a household in 大槌町 whose members have distinct names.</summary>
internal static class SampleCertificates
{
    public static readonly string[] GivenNames = ["一郎", "花子", "二郎", "三郎", "四郎", "五郎", "六郎", "七郎", "八郎", "九郎", "十郎"];

    private static readonly Lazy<byte[]> Seal = new(SealPng);

    public static CertificatePrintedItems NoOptions { get; } = new(false, false, false, false);

    public static CertificatePrintedItems AllOptions { get; } = new(true, true, true, true);

    public static CertificatePerson Person(int index, string familyName = "髙橋") => new(
        familyName,
        GivenNames[index],
        "たかはし",
        "いちろう",
        FormerFamilyName: null,
        DateOfBirth: new DateOnly(1975, 4, 1).AddYears(index),
        Sex: index % 2 == 0 ? "男" : "女",
        Relationship: index == 0 ? "世帯主" : "子",
        RegisteredDomicile: "岩手県上閉伊郡大槌町小鎚第３２地割１２６番地",
        FamilyRegisterHead: "髙橋　一郎",
        ResidentRecordCode: "12345678901",
        IndividualNumber: "123456789018",
        BecameResidentOn: new DateOnly(2011, 4, 1),
        AddressSetOn: new DateOnly(2019, 5, 1),
        PreviousAddress: "宮城県本吉郡南三陸町志津川字旭ケ浦１２番地",
        LastChangeReason: "転入",
        LastChangeOn: new DateOnly(2019, 5, 1),
        LastNotifiedOn: new DateOnly(2019, 5, 7),
        Nationality: null,
        StatusOfResidence: null,
        PeriodOfStayEndsOn: null,
        ResidenceCardNumber: null,
        RemovalReason: null,
        RemovedOn: null,
        RemovalNotifiedOn: null);

    public static CertificateContent Household(int persons, CertificatePrintedItems? items = null, CertificateType type = CertificateType.ResidentCopyHousehold) =>
        Content(type, [.. Enumerable.Range(0, persons).Select(i => Person(i))], items);

    public static CertificateContent Content(CertificateType type, IReadOnlyList<CertificatePerson> persons, CertificatePrintedItems? items = null) => new(
        type,
        "岩手県大槌町",
        "R7-000123",
        "034614-7KQ2-M9XD-3VTA-HP0C-W4RZ",
        "https://tsunagi.example.jp/m/034614/verify/034614-7KQ2-M9XD-3VTA-HP0C-W4RZ",
        IssuedOn: new DateOnly(2025, 11, 23),
        AsOf: null,
        items ?? NoOptions,
        persons,
        HouseholdHeadName: "髙橋　一郎",
        Address: "岩手県上閉伊郡大槌町小鎚第３２地割１２６番地",
        MoveOutDestination: null,
        PlannedMoveOutOn: null,
        CertifiedItems: [],
        CertificationStatement: "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
        MayorTitle: "岩手県上閉伊郡大槌町長",
        MayorName: "平野　公三",
        SealPng: Seal.Value,
        IsReprint: false);

    private static byte[] SealPng()
    {
        using var bitmap = new SKBitmap(128, 128);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var red = new SKPaint { Color = SKColors.Red, Style = SKPaintStyle.Stroke, StrokeWidth = 8, IsAntialias = true };
            canvas.DrawRect(8, 8, 112, 112, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
