using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Japanese;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.KilledWriter;

/// <summary>
/// The embedded server killed with SIGKILL while clients send 転入届 with idempotency keys: after a restart every
/// acknowledged (2xx) notification is there, the file is intact, the audit chains verify, and retrying the notifications
/// whose answer never came with the same key leaves exactly one resident each.
/// </summary>
public sealed class KilledWriterTests
{
    private static readonly string[] Towns = ["034614", "035033"];

    [Fact]
    public async Task A_server_killed_mid_stream_loses_no_acknowledged_move_in_and_retries_write_once()
    {
        var data = Path.Combine(Path.GetTempPath(), "tsunagi-killed-" + Guid.CreateVersion7().ToString("N"));
        using var server = new ServerProcess(data);
        try
        {
            Assert.Equal(0, await server.VerbAsync("seed-demo"));
            await server.StartAsync();
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            var tokens = new Dictionary<string, string>();
            foreach (var town in Towns)
            {
                tokens[town] = await TokenRequests.AccessTokenAsync(client, town, "residents.write");
            }

            var acknowledged = new ConcurrentDictionary<string, string>();
            var unanswered = new ConcurrentDictionary<string, string>();
            var refusals = new ConcurrentQueue<string>();
            var writing = true;
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                var town = Towns[w % Towns.Length];
                for (var i = 0; Volatile.Read(ref writing); i++)
                {
                    var key = FormattableString.Invariant($"killed-{town}-w{w}-{i:D5}");
                    unanswered[key] = town;
                    try
                    {
                        using var response = await PostAsync(client, tokens[town], key);
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[key] = town;
                            unanswered.TryRemove(key, out _);
                        }
                        else
                        {
                            refusals.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone: the answer never came
                    }
                }
            })).ToList();

            // Killed mid-stream once notifications flow (the first answers take a while on a loaded machine).
            for (var waited = 0; acknowledged.Count < 10 && waited < 600; waited++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            server.Kill();
            Volatile.Write(ref writing, false);
            await Task.WhenAll(writers);
            Assert.True(!acknowledged.IsEmpty, string.Join(" | ", refusals.Take(3)));

            var database = Path.Combine(data, "tsunagi.db");
            await server.StartAsync();
            Assert.Equal("ok", IntegrityCheck(database));
            Assert.All(acknowledged.Keys, key => Assert.Equal(1L, WritesOf(database, key)));
            foreach (var town in Towns)
            {
                tokens[town] = await TokenRequests.AccessTokenAsync(client, town, "residents.write");
            }

            foreach (var (key, town) in unanswered)
            {
                using var retry = await PostAsync(client, tokens[town], key);
                Assert.True(retry.IsSuccessStatusCode, $"retry of {key}: {(int)retry.StatusCode}");
            }

            Assert.All(unanswered.Keys, key => Assert.Equal(1L, WritesOf(database, key)));
            server.Kill();
            Assert.Equal(0, await server.VerbAsync("verify-audit"));
            TestContext.Current.TestOutputHelper?.WriteLine($"{acknowledged.Count} acknowledged, {unanswered.Count} unanswered and retried");
        }
        finally
        {
            server.Kill();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string key)
    {
        var today = TokyoTime.Today(TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/move-in")
        {
            Content = JsonContent.Create(new
            {
                movedInOn = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                notifiedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                previousAddress = "岩手県盛岡市内丸１０番１号",
                address = new { postalCode = "028-1131", locality = "大槌町末広町", lot = "１番１号" },
                members = new[] { new { familyName = "停電", givenName = "花子", familyNameKana = "テイデン", givenNameKana = "ハナコ", dateOfBirth = "1990-04-01", sex = "female", relationship = "世帯主" } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, CancellationToken.None);
    }

    private static long WritesOf(string database, string key) =>
        Sql.Count(database, $"select count(*) from residency_changes where idempotency_key = '{key}'");

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
