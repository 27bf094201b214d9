using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tsunagi.Residents.Bench;

/// <summary>
/// Counts what EF sends to the database (statements, their time until the reader closes, connection opens) through
/// EF's diagnostic events, so a benchmark can say how many round trips an operation costs and where its time goes.
/// Statements that interceptors send on their own (SQLite pragmas, PostgreSQL tenant settings) are counted as opens.
/// </summary>
internal sealed class CommandProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (long Count, double Milliseconds)> byStatement = new(StringComparer.Ordinal);
    private readonly IDisposable subscription;
    private long opens;
    private long statements;

    public CommandProfile() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public long Statements => Interlocked.Read(ref statements);

    public long Opens => Interlocked.Read(ref opens);

    public void Reset()
    {
        byStatement.Clear();
        Interlocked.Exchange(ref opens, 0);
        Interlocked.Exchange(ref statements, 0);
    }

    public void Report(TextWriter output, int operations)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per operation: {(double)Statements / operations:F1} statements, {(double)Opens / operations:F1} connection opens"));
        foreach (var (text, (count, ms)) in byStatement.OrderByDescending(s => s.Value.Milliseconds).Take(12))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(double)count / operations,5:F1} × {ms / count,6:F2} ms  {text}"));
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case ConnectionEndEventData when value.Key == RelationalEventId.ConnectionOpened.Name:
                Interlocked.Increment(ref opens);
                break;
            case DataReaderDisposingEventData reader:
                Add(reader.Command.CommandText, reader.Duration);
                break;
            case CommandExecutedEventData executed when executed.ExecuteMethod != DbCommandMethod.ExecuteReader:
                Add(executed.Command.CommandText, executed.Duration);
                break;
            default:
                break;
        }
    }

    private void Add(string text, TimeSpan duration)
    {
        Interlocked.Increment(ref statements);
        var key = Shorten(text);
        if (Environment.GetEnvironmentVariable("TSUNAGI_BENCH_SQL") is { Length: > 0 } file && !byStatement.ContainsKey(key))
        {
            File.AppendAllText(file, text + "\n;\n");
        }

        byStatement.AddOrUpdate(key, (1, duration.TotalMilliseconds), (_, v) => (v.Count + 1, v.Milliseconds + duration.TotalMilliseconds));
    }

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 110 ? oneLine : oneLine[..110];
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => subscription.Dispose();
}
