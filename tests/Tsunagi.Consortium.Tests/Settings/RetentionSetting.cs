using System.ComponentModel.DataAnnotations;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Consortium.Tests.Settings;

/// <summary>A setting declared by the tests only: a retention period with a lower bound and a rule on its note.</summary>
public sealed record RetentionSetting([property: Range(1, 100)] int Years, string Note)
{
    public static readonly SettingDefinition<RetentionSetting> Definition = new("test.retention", new RetentionSetting(5, "既定"), "保存年限", "Retention")
    {
        Fields = [new("years", "保存年数", "Years kept"), new("note", "備考", "Note")],
        Rules = [v => v.Note.Contains('<', StringComparison.Ordinal) ? [new SettingError("note", "「<」は使えません。")] : []],
    };
}
