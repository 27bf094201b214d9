using System.Text.RegularExpressions;

namespace Tsunagi.Architecture.Tests;

public sealed partial class CodeHabitTests
{
    [Fact]
    public void Namespaces_follow_folders()
    {
        var mismatches = new List<string>();
        foreach (var file in SourceTree.CSharpFiles("src").Where(f => !f.Contains("Migrations", StringComparison.Ordinal)))
        {
            var match = NamespaceLine().Match(File.ReadAllText(file));
            if (!match.Success)
            {
                continue;
            }

            var relative = Path.GetDirectoryName(SourceTree.Relative(file))!.Split(Path.DirectorySeparatorChar).Skip(1);
            var expected = string.Join('.', relative.Where(p => p != "Modules"));
            if (match.Groups["ns"].Value != expected)
            {
                mismatches.Add($"{SourceTree.Relative(file)}: {match.Groups["ns"].Value} (expected {expected})");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Source_files_stay_under_300_lines()
    {
        var large = SourceTree.CSharpFiles("src")
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal))
            .Select(f => (File: SourceTree.Relative(f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > 300)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();
        Assert.Empty(large);
    }

    [Fact]
    public void No_catch_all_folders()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(SourceTree.Root, "src"), "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => name is "Common" or "Helpers" or "Utils" or "Utilities" or "Misc")
            .ToList();
        Assert.Empty(folders);
    }

    [GeneratedRegex(@"^namespace (?<ns>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
