using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegacyStagingColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Staged rows were JSON until now; staging is transient, so they go rather than convert (a run interrupted before this
            // migration restages its file from the start: LegacyMigrationService sees a checkpoint without staged rows).
            migrationBuilder.Sql("DELETE FROM legacy_migration_staged_rows;");

            migrationBuilder.RenameColumn(
                name: "person_json",
                table: "legacy_migration_staged_rows",
                newName: "entered_on");

            migrationBuilder.AddColumn<DateOnly>(
                name: "address_set_on",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_supplement",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_birth",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "family_name",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "family_name_kana",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "family_register_head",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "former_family_name",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "given_name",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "given_name_kana",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "individual_number_cipher",
                table: "legacy_migration_staged_rows",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "individual_number_index",
                table: "legacy_migration_staged_rows",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_female",
                table: "legacy_migration_staged_rows",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "legacy_id",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "locality",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "lot",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "postal_code",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "registered_domicile",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relationship",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "resident_record_code",
                table: "legacy_migration_staged_rows",
                type: "TEXT",
                maxLength: 11,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address_set_on",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "address_supplement",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "date_of_birth",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "family_name",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "family_name_kana",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "family_register_head",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "former_family_name",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "given_name",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "given_name_kana",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "individual_number_cipher",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "individual_number_index",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "is_female",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "legacy_id",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "locality",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "lot",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "postal_code",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "registered_domicile",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "relationship",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "resident_record_code",
                table: "legacy_migration_staged_rows");

            migrationBuilder.RenameColumn(
                name: "entered_on",
                table: "legacy_migration_staged_rows",
                newName: "person_json");
        }
    }
}
