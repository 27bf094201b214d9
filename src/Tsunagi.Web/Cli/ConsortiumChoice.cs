using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Cli;

/// <summary>The consortium a verb acts for: the one named, or the only one of the deployment.</summary>
internal static class ConsortiumChoice
{
    public static async Task<string?> ResolveAsync(IServiceProvider services, string? named, TextWriter error, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Consortia.Select(c => c.Id).ToListAsync(cancellationToken);
        if (named is not null)
        {
            if (ids.Contains(named, StringComparer.Ordinal))
            {
                return named;
            }

            await error.WriteLineAsync($"エラー / Error: 共同利用団体 {named} はありません。 / There is no consortium {named}.");
            return null;
        }

        if (ids.Count == 1)
        {
            return ids[0];
        }

        await error.WriteLineAsync("エラー / Error: --consortium で共同利用団体を指定してください。 / Name the consortium with --consortium.");
        return null;
    }
}
