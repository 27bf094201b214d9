using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>
/// Runs axe (WCAG 2.0/2.1 A and AA rules) on the page as it is now, plus a check that no ARIA or label
/// reference points at a missing element (axe only marks those for review). Serious and critical
/// violations are returned as readable findings and the page is saved as a screenshot under
/// <c>.tmp/test-results/e2e/</c>; every violation of any impact is also listed in <c>axe-violations.txt</c> there.
/// </summary>
public sealed partial class AccessibilityScan(string resultsDirectory)
{
    private const string DanglingReferences = """
        () => {
          const found = [];
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
          for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-errormessage', 'aria-activedescendant']) {
            for (const el of document.querySelectorAll(`[${attr}]`)) {
              for (const id of el.getAttribute(attr).split(/\s+/).filter(Boolean)) {
                if (!document.getElementById(id)) found.push(`${name(el)} ${attr}="${id}"`);
              }
            }
          }
          for (const label of document.querySelectorAll('label[for]')) {
            if (!document.getElementById(label.htmlFor)) found.push(`label for="${label.htmlFor}"`);
          }
          return found;
        }
        """;

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private readonly SemaphoreSlim _listLock = new(1, 1);

    public async Task<IReadOnlyList<string>> FindingsAsync(IPage page, string label)
    {
        var result = await page.RunAxe(WcagAa);
        if (result.Passes.Length == 0)
        {
            // Nothing at all passed: axe did not really run (blank page, injection failed).
            return [await WithScreenshotAsync(page, label, $"{label} ({page.Url}): axe checked nothing on this page")];
        }

        await ListAsync(result.Violations.Select(v => Describe(label, page, v)));
        var findings = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => Describe(label, page, v))
            .Concat((await page.EvaluateAsync<string[]>(DanglingReferences))
                .Select(r => $"{label} ({page.Url}): dangling-reference [serious] {r} points at no element"))
            .ToList();
        return findings.Count == 0 ? [] : [.. findings, await WithScreenshotAsync(page, label, $"{label}: screenshot")];
    }

    private static string Describe(string label, IPage page, AxeResultItem violation) =>
        $"{label} ({page.Url}): {violation.Id} [{violation.Impact}] {violation.Help} — " +
        string.Join(" | ", violation.Nodes.Select(n => $"{n.Target} {Shorten(n.Html)}"));

    private static string Shorten(string? html) => html is { Length: > 80 } ? html[..80] + "…" : html ?? string.Empty;

    private async Task ListAsync(IEnumerable<string> lines)
    {
        await _listLock.WaitAsync();
        try
        {
            Directory.CreateDirectory(resultsDirectory);
            await File.AppendAllLinesAsync(Path.Combine(resultsDirectory, "axe-violations.txt"), lines);
        }
        finally
        {
            _listLock.Release();
        }
    }

    private async Task<string> WithScreenshotAsync(IPage page, string label, string message)
    {
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, $"axe-{FileNameUnsafe().Replace(label, "_").Trim('_')}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return $"{message} {path}";
    }

    [GeneratedRegex("[^A-Za-z0-9-]+")]
    private static partial Regex FileNameUnsafe();
}
