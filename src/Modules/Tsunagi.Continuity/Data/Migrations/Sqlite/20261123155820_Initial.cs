using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Continuity.Data.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    backup_label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    transaction_id = table.Column<long>(type: "INTEGER", nullable: false),
                    counts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backup_count_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "backup_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    backup_label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    backup_taken_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    tables_compared = table.Column<int>(type: "INTEGER", nullable: false),
                    tenants_verified = table.Column<int>(type: "INTEGER", nullable: false),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    findings = table.Column<string>(type: "TEXT", nullable: false)
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
