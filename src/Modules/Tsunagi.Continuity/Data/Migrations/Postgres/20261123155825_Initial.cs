using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Continuity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "backup_count_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    backup_label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    transaction_id = table.Column<long>(type: "bigint", nullable: false),
                    counts = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backup_count_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "backup_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    provider = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    backup_label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    backup_taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    tables_compared = table.Column<int>(type: "integer", nullable: false),
                    tenants_verified = table.Column<int>(type: "integer", nullable: false),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: false),
                    findings = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backup_verifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_backup_count_snapshots_taken_at",
                table: "backup_count_snapshots",
                column: "taken_at");

            migrationBuilder.CreateIndex(
                name: "ix_backup_verifications_finished_at",
                table: "backup_verifications",
                column: "finished_at");

            migrationBuilder.GrantApplicationAccess("backup_verifications", ApplicationTableAccess.AppendOnly);
            migrationBuilder.GrantApplicationAccess("backup_count_snapshots", ApplicationTableAccess.AppendOnly);
            migrationBuilder.GrantApplicationHistoryAccess("__continuity_migrations_history");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backup_count_snapshots");

            migrationBuilder.DropTable(
                name: "backup_verifications");
        }
    }
}
