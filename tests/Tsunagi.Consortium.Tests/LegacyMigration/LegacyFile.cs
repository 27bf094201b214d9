using System.Globalization;
using System.Text;
using Tsunagi.Consortium.Features.MigrationScreen;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

/// <summary>Builds legacy CSV files for the tests: the columns of <see cref="Mapping"/>, valid check digits unless told otherwise.</summary>
internal sealed class LegacyFile
{
    public const string Header = "住民ID,世帯番号,氏,名,氏カナ,名カナ,生年月日,性別,続柄,郵便番号,町字,番地,住民票コード,個人番号,住民日";

    /// <summary>The documented mapping, the one the migration screen offers.</summary>
    public const string Mapping = StandardMapping.Json;

    private readonly List<string> _lines = [Header];

    public int Rows => _lines.Count - 1;

    public static string RecordCode(long n)
    {
        var ten = n.ToString("D10", CultureInfo.InvariantCulture);
        return ten + ModulusElevenCheckDigit.For(ten).ToString(CultureInfo.InvariantCulture);
    }

    public static string Number(long n)
    {
        var eleven = n.ToString("D11", CultureInfo.InvariantCulture);
        return eleven + ModulusElevenCheckDigit.For(eleven).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a row; returns its record number (the header is 1).</summary>
    public int Add(string id, string household, string family, string given, string relationship = "01", string birth = "S45.3.12", string entered = "H10.4.1",
        string? recordCode = null, string? number = null, string locality = "吉里吉里", string sex = "1", string familyKana = "ヤマダ", string givenKana = "タロウ")
    {
        _lines.Add(string.Join(',', id, household, family, given, familyKana, givenKana, birth, sex, relationship, "028-1101", locality, "1-2", recordCode ?? string.Empty, number ?? string.Empty, entered));
        return _lines.Count;
    }

    public byte[] Utf8(bool bom = true) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(string.Join("\r\n", _lines) + "\r\n")];

    public byte[] ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", _lines) + "\r\n");
    }
}
