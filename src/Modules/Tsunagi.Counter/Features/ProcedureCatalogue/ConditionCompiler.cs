using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// Compiles catalogue conditions with System.Linq.Dynamic.Core (see ADR 0015): a boolean expression whose <c>it</c> is a
/// <see cref="PersonRuleFacts"/>. After parsing, <see cref="ConditionGuard"/> refuses anything outside the facts, strings
/// and LINQ over the members, so a condition cannot reach reflection, I/O or the clock. Compiled predicates are cached
/// by text (conditions come from settings, so the set is small).
/// </summary>
public static partial class ConditionCompiler
{
    private const int CacheLimit = 2_000;

    private static readonly ParsingConfig Config = new()
    {
        DisallowNewKeyword = true,
        AllowNewToEvaluateAnyType = false,
        AllowEqualsAndToStringMethodsOnObject = false,
        SupportEnumerationsFromSystemNamespace = false,
        SupportCastingToFullyQualifiedTypeAsString = false,
        LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
        ResolveTypesBySimpleName = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        IsCaseSensitive = true,
        NumberParseCulture = CultureInfo.InvariantCulture,
    };

    private static readonly ConcurrentDictionary<string, CompiledCondition> Cache = new(StringComparer.Ordinal);

    public static CompiledCondition Compile(string condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (Cache.TryGetValue(condition, out var cached))
        {
            return cached;
        }

        var compiled = CompileUncached(condition);
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        Cache[condition] = compiled;
        return compiled;
    }

    private static CompiledCondition CompileUncached(string condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return new CompiledCondition(null, "条件を入力してください（常に対象とするときは true）。");
        }

        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(Config, typeof(PersonRuleFacts), typeof(bool), condition);
        }
        catch (ParseException e)
        {
            return new CompiledCondition(null, Describe(e));
        }
        catch (InvalidOperationException)
        {
            return new CompiledCondition(null, "式の書き方が正しくありません。");
        }

        var refused = ConditionGuard.FindRefused(lambda);
        if (refused is not null)
        {
            return new CompiledCondition(null, $"「{refused}」は条件では使えません（使えるのは対象者・世帯の項目、文字列と件数の比較だけです）。");
        }

        return new CompiledCondition((Func<PersonRuleFacts, bool>)lambda.Compile(), null);
    }

    private static string Describe(ParseException e)
    {
        var at = $"（{e.Position + 1}文字目）";
        var quoted = Quoted().Match(e.Message);
        var name = quoted.Success ? quoted.Groups["name"].Value : string.Empty;
        if (e.Message.StartsWith("No property or field", StringComparison.Ordinal) || e.Message.StartsWith("Unknown identifier", StringComparison.Ordinal))
        {
            return $"「{name}」という項目はありません{at}。";
        }

        if (e.Message.StartsWith("Expression of type", StringComparison.Ordinal))
        {
            return $"真（true）か偽（false）になる式を書いてください{at}。";
        }

        if (e.Message.StartsWith("No applicable method", StringComparison.Ordinal) || e.Message.Contains("is not accessible", StringComparison.Ordinal) || e.Message.StartsWith("Methods on type", StringComparison.Ordinal))
        {
            return $"「{name}」は条件では使えません{at}。";
        }

        if (e.Message.StartsWith("Operator", StringComparison.Ordinal))
        {
            return $"比べられない値どうしを比べています{at}。";
        }

        return $"式の書き方が正しくありません{at}。";
    }

    [GeneratedRegex("'(?<name>[^']*)'", RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Quoted();
}
