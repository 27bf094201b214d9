using System.Text;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Cuts a legacy file into CSV records at the byte level (a line feed outside double quotes ends one; neither byte can
/// be the second byte of a Shift_JIS character) and decodes each record strictly, so that broken bytes are reported
/// for the record they are in; such a record is decoded with U+FFFD in their place and flagged.
/// </summary>
public sealed class LegacyText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly Encoding _strict;
    private readonly Encoding _lenient;

    public LegacyText(ReadOnlyMemory<byte> bytes, LegacyEncoding encoding)
    {
        var span = bytes.Span;
        var bom = span.StartsWith(Utf8Bom);
        Encoding = encoding switch
        {
            LegacyEncoding.Utf8 => LegacyEncoding.Utf8,
            LegacyEncoding.ShiftJis => LegacyEncoding.ShiftJis,
            _ => bom || IsUtf8(span) ? LegacyEncoding.Utf8 : LegacyEncoding.ShiftJis,
        };
        _bytes = bom ? bytes[Utf8Bom.Length..] : bytes;
        if (Encoding == LegacyEncoding.Utf8)
        {
            _strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            _lenient = new UTF8Encoding(false, throwOnInvalidBytes: false);
        }
        else
        {
            _strict = ShiftJis(DecoderFallback.ExceptionFallback);
            _lenient = ShiftJis(new DecoderReplacementFallback("\uFFFD"));
        }
    }

    /// <summary>The encoding used (the one detected when the mapping says auto).</summary>
    public LegacyEncoding Encoding { get; }

    /// <summary>Records in file order (the header is record 1); <c>Broken</c> when some bytes did not decode.</summary>
    public IEnumerable<(int Number, string Text, bool Broken)> Records()
    {
        var start = 0;
        var number = 0;
        var quoted = false;
        for (var i = 0; i < _bytes.Length; i++)
        {
            var b = _bytes.Span[i];
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)'\n' && !quoted)
            {
                yield return Decode(++number, start, i);
                start = i + 1;
            }
        }

        if (start < _bytes.Length)
        {
            yield return Decode(++number, start, _bytes.Length);
        }
    }

    private (int, string, bool) Decode(int number, int start, int end)
    {
        var slice = _bytes.Span[start..end];
        if (slice.Length > 0 && slice[^1] == (byte)'\r')
        {
            slice = slice[..^1];
        }

        try
        {
            return (number, _strict.GetString(slice), false);
        }
        catch (DecoderFallbackException)
        {
            return (number, _lenient.GetString(slice), true);
        }
    }

    private static Encoding ShiftJis(DecoderFallback fallback)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, fallback);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
