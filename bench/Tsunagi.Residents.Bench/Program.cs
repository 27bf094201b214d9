using System.Globalization;
using Tsunagi.Residents.Bench;
using Tsunagi.Web.Cli;

// Benchmarks of the resident register against the database the server's configuration names
// (TSUNAGI_DB, TSUNAGI_CONNECTION, TSUNAGI_DATA). See bench/run.sh and docs/benchmarks/residents.md.
//   search  CODE QUERIES        name searches with the real ResidentSearch; prints p50/p95/p99 in ms
//   move-in CODE SECONDS WORKERS 転入 of a household of three through MoveInHandler; prints ops/s
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: search CODE QUERIES | move-in CODE SECONDS WORKERS");
    return 2;
}

var code = args[1];
var n = int.Parse(args[2], CultureInfo.InvariantCulture);
return args[0] switch
{
    "search" => await CliServices.RunAsync("bench-search", (services, ct) => SearchBenchmark.RunAsync(services, code, n, ct), CancellationToken.None),
    "move-in" => await CliServices.RunAsync("bench-move-in", (services, ct) => MoveInBenchmark.RunAsync(services, code, TimeSpan.FromSeconds(n), int.Parse(args[3], CultureInfo.InvariantCulture), ct), CancellationToken.None),
    _ => 2,
};
