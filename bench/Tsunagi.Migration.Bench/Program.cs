using System.Globalization;
using Tsunagi.Migration.Bench;
using Tsunagi.Web.Cli;

// Legacy migration benchmark against the database the server's configuration names (TSUNAGI_DB, TSUNAGI_CONNECTION,
// TSUNAGI_DATA). See bench/run.sh migration and docs/benchmarks/migration.md.
//   generate CODE RESIDENTS FILE.csv   a CP932 legacy CSV of RESIDENTS people in generated households (+ FILE.json mapping)
//   run      CODE FILE.csv             the real migration (validate, stage, import) with phase timings, then the raw COPY
//                                      reference (needs TSUNAGI_BENCH_ADMIN_CONNECTION) and the ratio
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: generate CODE RESIDENTS FILE.csv | run CODE FILE.csv");
    return 2;
}

var code = args[1];
return args[0] switch
{
    "generate" => await CliServices.RunAsync("bench-migration-generate", (services, ct) => LegacyFileGenerator.WriteAsync(services, code, int.Parse(args[2], CultureInfo.InvariantCulture), args[3], ct), CancellationToken.None),
    "run" => await CliServices.RunAsync("bench-migration-run", (services, ct) => MigrationBenchmark.RunAsync(services, code, args[2], ct), CancellationToken.None),
    _ => 2,
};
