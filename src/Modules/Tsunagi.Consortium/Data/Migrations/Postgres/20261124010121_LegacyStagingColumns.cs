using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegacyStagingColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Staged rows were JSON until now; staging is transient, so they go rather than convert (a run interrupted before this
            // migration restages its file from the start: LegacyMigrationService sees a checkpoint without staged rows).
            migrationBuilder.Sql("TRUNCATE legacy_migration_staged_rows;");

            migrationBuilder.DropColumn(
                name: "person_json",
                table: "legacy_migration_staged_rows");

            migrationBuilder.AddColumn<DateOnly>(
                name: "address_set_on",
                table: "legacy_migration_staged_rows",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_supplement",
                table: "legacy_migration_staged_rows",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_birth",
                table: "legacy_migration_staged_rows",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "entered_on",
                table: "legacy_migration_staged_rows",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "family_name",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "family_name_kana",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "family_register_head",
                table: "legacy_migration_staged_rows",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "former_family_name",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "given_name",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "given_name_kana",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "individual_number_cipher",
                table: "legacy_migration_staged_rows",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "individual_number_index",
                table: "legacy_migration_staged_rows",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_female",
                table: "legacy_migration_staged_rows",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "legacy_id",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "locality",
                table: "legacy_migration_staged_rows",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "lot",
                table: "legacy_migration_staged_rows",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "postal_code",
                table: "legacy_migration_staged_rows",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "registered_domicile",
                table: "legacy_migration_staged_rows",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relationship",
                table: "legacy_migration_staged_rows",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "resident_record_code",
                table: "legacy_migration_staged_rows",
                type: "character varying(11)",
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
                name: "entered_on",
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

            migrationBuilder.AddColumn<string>(
                name: "person_json",
                table: "legacy_migration_staged_rows",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
