using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SettingsAndUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "setting_change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    scope_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    scope_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    proposed_json = table.Column<string>(type: "TEXT", nullable: false),
                    previous_json = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    requested_in_tenant = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_setting_change_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "setting_values",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    scope_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    scope_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    value_json = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_setting_values", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "usage_counters",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    metric = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_usage_counters", x => new { x.tenant_id, x.day, x.metric });
                });

            migrationBuilder.CreateIndex(
                name: "ix_setting_change_requests_status_scope_level_scope_id",
                table: "setting_change_requests",
                columns: new[] { "status", "scope_level", "scope_id" });

            migrationBuilder.CreateIndex(
                name: "ix_setting_values_key_scope_level_scope_id_effective_from_version",
                table: "setting_values",
                columns: new[] { "key", "scope_level", "scope_id", "effective_from", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "setting_change_requests");

            migrationBuilder.DropTable(
                name: "setting_values");

            migrationBuilder.DropTable(
                name: "usage_counters");
        }
    }
}
