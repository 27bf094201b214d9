using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegacyMigration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "legacy_migration_runs",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    rows_staged = table.Column<int>(type: "INTEGER", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: false),
                    imported = table.Column<int>(type: "INTEGER", nullable: false),
                    already_imported = table.Column<int>(type: "INTEGER", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legacy_migration_runs", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "legacy_migration_staged_rows",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    row = table.Column<int>(type: "INTEGER", nullable: false),
                    household_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    person_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legacy_migration_staged_rows", x => new { x.tenant_id, x.run_id, x.row });
                });

            migrationBuilder.CreateIndex(
                name: "ix_legacy_migration_runs_tenant_id_file_sha256",
                table: "legacy_migration_runs",
                columns: new[] { "tenant_id", "file_sha256" });

            migrationBuilder.CreateIndex(
                name: "ix_legacy_migration_staged_rows_tenant_id_run_id_household_id_row",
                table: "legacy_migration_staged_rows",
                columns: new[] { "tenant_id", "run_id", "household_id", "row" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "legacy_migration_runs");

            migrationBuilder.DropTable(
                name: "legacy_migration_staged_rows");
        }
    }
}
