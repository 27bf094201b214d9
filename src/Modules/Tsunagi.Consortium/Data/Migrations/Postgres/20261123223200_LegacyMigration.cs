using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Postgres
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
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rows_staged = table.Column<int>(type: "integer", nullable: false),
                    households = table.Column<int>(type: "integer", nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    already_imported = table.Column<int>(type: "integer", nullable: false),
                    started_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legacy_migration_runs", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "legacy_migration_staged_rows",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    row = table.Column<int>(type: "integer", nullable: false),
                    household_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    person_json = table.Column<string>(type: "text", nullable: false)
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
                name: "ix_legacy_migration_staged_rows_tenant_id_run_id_household_id_~",
                table: "legacy_migration_staged_rows",
                columns: new[] { "tenant_id", "run_id", "household_id", "row" });

            migrationBuilder.EnableTenantIsolation("legacy_migration_runs");
            migrationBuilder.EnableTenantIsolation("legacy_migration_staged_rows");
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
