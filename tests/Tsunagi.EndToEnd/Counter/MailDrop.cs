using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>
/// The portal's mail drop (<c>portal_mail_drop</c>): with no SMTP relay, the sign-in code is written there for a delivery
/// agent to pick up. The test reads it from the server's SQLite file, as a delivery agent would.
/// </summary>
public static partial class MailDrop
{
    public static async Task<string> SignInCodeForAsync(string dataDirectory, string recipient)
    {
        var database = Path.Combine(dataDirectory, "tsunagi.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM portal_mail_drop WHERE recipient = $recipient ORDER BY written_at DESC LIMIT 1";
        command.Parameters.AddWithValue("$recipient", recipient);
        var body = await command.ExecuteScalarAsync() as string
            ?? throw new InvalidOperationException("No message to the resident's address in the portal's mail drop.");
        var match = SixDigits().Match(body);
        Assert.True(match.Success, "The sign-in message holds no six-digit code.");
        return match.Value;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
