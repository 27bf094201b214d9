using System.Globalization;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Tsunagi.Platform.Settings.Validation;

/// <summary>Japanese sentences for NJsonSchema's findings, with the bound the schema states (「0以上の整数を入力してください。」).</summary>
internal static class SchemaProblems
{
    public static SettingError Describe(ValidationError error)
    {
        var path = PathOf(error);
        var schema = error.Schema;
        var problem = error.Kind switch
        {
            ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig or ValidationErrorKind.NumberExpected => Number(schema),
            ValidationErrorKind.StringExpected => "文字列を入力してください。",
            ValidationErrorKind.BooleanExpected => "「はい」か「いいえ」を指定してください。",
            ValidationErrorKind.ArrayExpected => "一覧の形式で指定してください。",
            ValidationErrorKind.ObjectExpected => "項目の組で指定してください。",
            ValidationErrorKind.DateExpected or ValidationErrorKind.DateTimeExpected => "日付（例：2027-04-01）を入力してください。",
            ValidationErrorKind.StringTooLong => $"{schema?.MaxLength}文字以内で入力してください。",
            ValidationErrorKind.StringTooShort when schema?.MinLength is 1 => "入力してください。",
            ValidationErrorKind.StringTooShort => $"{schema?.MinLength}文字以上で入力してください。",
            ValidationErrorKind.TooManyItems => $"{schema?.MaxItems}行以内で指定してください。",
            ValidationErrorKind.TooFewItems => $"{schema?.MinItems}行以上指定してください。",
            ValidationErrorKind.PropertyRequired => "入力してください。",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "この設定にない項目です。",
            ValidationErrorKind.NullExpected or ValidationErrorKind.NotInEnumeration => "指定できる値ではありません。",
            _ => "値が正しくありません。",
        };
        return new SettingError(path, problem);
    }

    private static string Number(JsonSchema? schema)
    {
        var kind = schema?.Type.HasFlag(JsonObjectType.Integer) == true ? "整数" : "数値";
        return (schema?.Minimum, schema?.Maximum) switch
        {
            ({ } min, { } max) => $"{Format(min)}から{Format(max)}までの{kind}を入力してください。",
            ({ } min, null) => $"{Format(min)}以上の{kind}を入力してください。",
            (null, { } max) => $"{Format(max)}以下の{kind}を入力してください。",
            _ => $"{kind}を入力してください。",
        };
    }

    private static string Format(decimal bound) => bound.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>NJsonSchema paths look like <c>#/fees[1].amount</c>; a missing property is named by the error itself.</summary>
    private static string PathOf(ValidationError error)
    {
        var path = (error.Path ?? string.Empty).TrimStart('#').TrimStart('/');
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { Length: > 0 } property && !path.EndsWith(property, StringComparison.Ordinal))
        {
            path = path.Length == 0 ? property : $"{path}.{property}";
        }

        return path;
    }
}
