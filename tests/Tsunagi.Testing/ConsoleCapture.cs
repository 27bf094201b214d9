namespace Tsunagi.Testing;

/// <summary>Captures what a CLI verb writes to standard output and error (and feeds its standard input) until disposed.</summary>
public sealed class ConsoleCapture : IDisposable
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly TextReader _in = Console.In;
    private readonly StringWriter _capturedOut = new();
    private readonly StringWriter _capturedError = new();

    private ConsoleCapture(string input)
    {
        Console.SetOut(_capturedOut);
        Console.SetError(_capturedError);
        Console.SetIn(new StringReader(input));
    }

    public string Out => _capturedOut.ToString();

    public string Error => _capturedError.ToString();

    public static async Task<ConsoleCapture> StartAsync(string input = "")
    {
        await OneAtATime.WaitAsync();
        return new ConsoleCapture(input);
    }

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
        Console.SetIn(_in);
        OneAtATime.Release();
    }
}
