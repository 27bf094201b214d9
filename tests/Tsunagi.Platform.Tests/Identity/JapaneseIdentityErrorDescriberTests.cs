using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Platform.Tests.Identity;

public sealed partial class JapaneseIdentityErrorDescriberTests
{
    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var method in DescriberMethods())
        {
            data.Add(method.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_Identity_message_is_given_in_Japanese_with_the_framework_code(string name)
    {
        var method = DescriberMethods().Single(m => m.Name == name);
        Assert.Equal(typeof(JapaneseIdentityErrorDescriber), typeof(JapaneseIdentityErrorDescriber).GetMethod(name, ParameterTypes(method))!.DeclaringType);

        var (japanese, english) = Describe(method);

        Assert.Equal(english.Code, japanese.Code);
        Assert.Matches(JapaneseText(), japanese.Description);
        Assert.DoesNotMatch(JapaneseText(), english.Description);
    }

    [Fact]
    public void The_message_names_the_field_and_the_limit()
    {
        using var culture = new UiCulture("ja-JP");
        var describer = new JapaneseIdentityErrorDescriber();

        Assert.Equal("パスワードは12文字以上で入力してください。", describer.PasswordTooShort(12).Description);
        Assert.Contains("ログインID「admin」", describer.DuplicateUserName("admin").Description, StringComparison.Ordinal);
    }

    private static IEnumerable<MethodInfo> DescriberMethods() =>
        typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError));

    private static Type[] ParameterTypes(MethodInfo method) => [.. method.GetParameters().Select(p => p.ParameterType)];

    private static (IdentityError Japanese, IdentityError English) Describe(MethodInfo method)
    {
        object?[] arguments = [.. method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)12 : "clerk")];
        IdentityError japanese;
        using (new UiCulture("ja-JP"))
        {
            japanese = (IdentityError)method.Invoke(new JapaneseIdentityErrorDescriber(), arguments)!;
        }

        using (new UiCulture("en"))
        {
            return (japanese, (IdentityError)method.Invoke(new JapaneseIdentityErrorDescriber(), arguments)!);
        }
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseText();

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
