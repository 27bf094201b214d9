using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegacyStagingRegisterValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows staged before have no register values: drop them; their run stages again from the start (it finds none).
            migrationBuilder.Sql("DELETE FROM legacy_migration_staged_rows;");

            migrationBuilder.AddColumn<string>(
                name: "address_line",
                table: "legacy_migration_staged_rows",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "change_id",
                table: "legacy_migration_staged_rows",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "given_kana_key",
                table: "legacy_migration_staged_rows",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "given_name_key",
                table: "legacy_migration_staged_rows",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "kana_key",
                table: "legacy_migration_staged_rows",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "late_notification",
                table: "legacy_migration_staged_rows",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "legacy_migration_staged_rows",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "record_json",
                table: "legacy_migration_staged_rows",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "register_household_id",
                table: "legacy_migration_staged_rows",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "resident_id",
                table: "legacy_migration_staged_rows",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address_line",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "change_id",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "given_kana_key",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "given_name_key",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "kana_key",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "late_notification",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "record_json",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "register_household_id",
                table: "legacy_migration_staged_rows");

            migrationBuilder.DropColumn(
                name: "resident_id",
                table: "legacy_migration_staged_rows");
        }
    }
}
