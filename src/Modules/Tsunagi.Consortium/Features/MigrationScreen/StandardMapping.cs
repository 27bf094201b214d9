namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The mapping documented in docs/modules/consortium-migration.md (without a 町字 list: the town's address master is used), offered on the screen instead of uploading one.</summary>
public static class StandardMapping
{
    public const string Json = """
        {
          "encoding": "auto",
          "dateFormat": "auto",
          "columns": {
            "住民ID": "legacyId", "世帯番号": "householdId", "氏": "familyName", "名": "givenName",
            "氏カナ": "familyNameKana", "名カナ": "givenNameKana", "生年月日": "dateOfBirth", "性別": "sex",
            "続柄": "relationship", "郵便番号": "postalCode", "町字": "locality", "番地": "lot",
            "住民票コード": "residentRecordCode", "個人番号": "individualNumber", "住民日": "enteredOn"
          },
          "sex": { "1": "male", "2": "female" },
          "relationship": { "01": "世帯主", "02": "妻", "03": "子" }
        }
        """;
}
