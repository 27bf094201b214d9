namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>A <see cref="TextReader"/> over decoded records, one per line (blank ones left out), so the CSV library reads them as they come.</summary>
internal sealed class RecordReader(IEnumerator<(int Number, string Text, bool Broken)> records, Action<int, bool> onRecord) : TextReader
{
    private string _current = string.Empty;
    private int _position;
    private bool _done;

    public override int Peek() => Fill() ? _current[_position] : -1;

    public override int Read() => Fill() ? _current[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var written = 0;
        while (written < count && Fill())
        {
            var n = Math.Min(count - written, _current.Length - _position);
            _current.CopyTo(_position, buffer, index + written, n);
            _position += n;
            written += n;
        }

        return written;
    }

    public override int Read(Span<char> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Fill())
        {
            var n = Math.Min(buffer.Length - written, _current.Length - _position);
            _current.AsSpan(_position, n).CopyTo(buffer[written..]);
            _position += n;
            written += n;
        }

        return written;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            records.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (!_done && _position >= _current.Length)
        {
            if (!records.MoveNext())
            {
                _done = true;
                return false;
            }

            var (number, text, broken) = records.Current;
            if (text.Length == 0)
            {
                continue;
            }

            onRecord(number, broken);
            _current = text + "\n";
            _position = 0;
        }

        return !_done || _position < _current.Length;
    }
}
