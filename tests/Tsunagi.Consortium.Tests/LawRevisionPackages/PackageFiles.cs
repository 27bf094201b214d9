using System.Text;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

/// <summary>Package files written the way an operator would, one entry per line of YAML flow mappings.</summary>
public static class PackageFiles
{
    public static byte[] Yaml(string id, params string[] entries) => Encoding.UTF8.GetBytes(
        $"""
        # 試験用パッケージ
        format: tsunagi-law-package/1
        id: {id}
        title: 令和9年度 手数料改定（試験）
        legalBasis: 試験のための架空の政令
        entries:
        {string.Concat(entries.Select(e => "  - " + e + "\n"))}
        """);

    public static string FeeEntry(string scope, long yen, string effectiveFrom = "2027-04-01") =>
        $"{{ key: test.stamp-fee, scope: \"{scope}\", effectiveFrom: {effectiveFrom}, value: {{ yen: {yen} }} }}";
}
