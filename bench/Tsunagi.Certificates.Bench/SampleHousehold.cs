using SkiaSharp;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Bench;

/// <summary>A household copy as issuance would hand it to the renderer: 世帯主・続柄 printed, a seal, 𠮷 and 髙 in names.</summary>
internal static class SampleHousehold
{
    private static readonly string[] Names = ["髙橋　一郎", "髙橋　花子", "𠮷野　次郎", "髙橋　三郎"];

    public static CertificateContent Content(int persons) => new(
        CertificateType.ResidentCopyHousehold,
        "岩手県大槌町",
        "R7-000123",
        "034614-7KQ2-M9XD-3VTA-HP0C-W4RZ",
        "https://tsunagi.example.jp/m/034614/verify/034614-7KQ2-M9XD-3VTA-HP0C-W4RZ",
        new DateOnly(2025, 11, 23),
        AsOf: null,
        new CertificatePrintedItems(HouseholdHeadAndRelationship: true, RegisteredDomicile: false, IndividualNumber: false, ResidentRecordCode: false),
        [.. Enumerable.Range(0, persons).Select(Person)],
        HouseholdHeadName: "髙橋　一郎",
        Address: "岩手県上閉伊郡大槌町小鎚第３２地割１２６番地",
        MoveOutDestination: null,
        PlannedMoveOutOn: null,
        CertifiedItems: [],
        CertificationStatement: "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
        MayorTitle: "岩手県上閉伊郡大槌町長",
        MayorName: "平野　公三",
        SealPng: Seal(),
        IsReprint: false);

    private static CertificatePerson Person(int index)
    {
        var name = Names[index % Names.Length].Split('\u3000');
        return new CertificatePerson(
            name[0], name[1], "たかはし", "いちろう", null, new DateOnly(1950, 1, 1).AddDays(index * 4111), index % 2 == 0 ? "男" : "女",
            index == 0 ? "世帯主" : index == 1 ? "妻" : "子", null, null, null, null,
            new DateOnly(2011, 4, 1), new DateOnly(2019, 5, 1), "宮城県本吉郡南三陸町志津川字旭ケ浦１２番地", "転入",
            new DateOnly(2019, 5, 1), new DateOnly(2019, 5, 7), null, null, null, null, null, null, null);
    }

    private static byte[] Seal()
    {
        using var bitmap = new SKBitmap(160, 160);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red, Style = SKPaintStyle.Stroke, StrokeWidth = 10, IsAntialias = true };
            canvas.DrawRect(10, 10, 140, 140, red);
            canvas.DrawCircle(80, 80, 40, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
