using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Consortium.Features.MigrationScreen;
using Tsunagi.Consortium.Resources;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.MigrationScreen;

/// <summary>The upload form's own checks, whatever limit the web host puts on request bodies.</summary>
public sealed class MigrationUploadInputTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_legacy_file_above_the_migration_limit_is_refused_naming_the_field_and_the_limit()
    {
        // The form file claims its length; nothing of that size is allocated.
        var input = await ReadAsync(new FormFile(Stream.Null, 0, LegacyMigrationService.MaxFileBytes + 1, "LegacyFile", "big.csv"), "auto");

        Assert.Equal("移行ファイル：大きすぎます（上限 512 MB）。ファイルを分けずに取り込む場合は管理コマンド migrate-legacy を使ってください。", input.Errors[MigrationUploadInput.FileField]);
    }

    [Fact]
    public async Task An_unknown_encoding_and_a_missing_mapping_are_named()
    {
        using var content = new MemoryStream("a"u8.ToArray());
        var input = await ReadAsync(new FormFile(content, 0, 1, "LegacyFile", "a.csv"), "latin1", standardMapping: false);

        Assert.Equal("文字コード：選択肢から選んでください。", input.Errors[MigrationUploadInput.EncodingField]);
        Assert.Equal("対応表ファイル：ファイルを選択するか、「標準の対応表を使う」を選んでください。", input.Errors[MigrationUploadInput.MappingField]);
    }

    private async Task<MigrationUploadInput> ReadAsync(IFormFile file, string encoding, bool standardMapping = true)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
        try
        {
            var context = new DefaultHttpContext();
            context.Request.ContentType = "multipart/form-data; boundary=x";
            var fields = new Dictionary<string, StringValues> { ["Encoding"] = encoding };
            if (standardMapping)
            {
                fields["UseStandardMapping"] = "true";
            }

            context.Request.Form = new FormCollection(fields, new FormFileCollection { file });
            return await MigrationUploadInput.ReadAsync(context.Request, factory.Services.GetRequiredService<IStringLocalizer<ConsortiumResource>>());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
