using Tsunagi.Web.Cli;
using Tsunagi.Web.Hosting;

if (CliApplication.IsVerb(args))
{
    return await CliApplication.RunAsync(args);
}

var app = TsunagiWebApplication.Build(args);
await TsunagiWebApplication.PrepareDatabaseAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Entry point; the composition lives in <see cref="TsunagiWebApplication"/> and <see cref="CliApplication"/>.</summary>
public partial class Program;
