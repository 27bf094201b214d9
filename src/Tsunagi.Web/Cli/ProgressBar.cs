using System.Globalization;
using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Web.Cli;

/// <summary>A one-line text progress bar of a legacy migration on standard error (redrawn with a carriage return).</summary>
internal sealed class ProgressBar(TextWriter output) : IProgress<MigrationProgress>
{
    private const int Width = 30;
    private (MigrationPhase, int) _last;

    public void Report(MigrationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var percent = value.Total > 0 ? Math.Clamp(value.Done * 100 / value.Total, 0, 100) : 0;
        if (_last == (value.Phase, percent) && value.Total > 0)
        {
            return;
        }

        _last = (value.Phase, percent);
        var phase = value.Phase switch
        {
            MigrationPhase.Validating => "検証 / validating",
            MigrationPhase.Staging => "準備 / staging",
            MigrationPhase.Importing => "取込 / importing",
            _ => "完了 / finished",
        };
        var filled = percent * Width / 100;
        output.Write(value.Total > 0
            ? string.Create(CultureInfo.InvariantCulture, $"\r{phase,-18} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {value.Done:N0}/{value.Total:N0}   ")
            : string.Create(CultureInfo.InvariantCulture, $"\r{phase,-18} {value.Done:N0} 行   "));
        if (value.Phase == MigrationPhase.Finished)
        {
            output.WriteLine();
        }
    }
}
