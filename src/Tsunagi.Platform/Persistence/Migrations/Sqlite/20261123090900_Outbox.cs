using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Outbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_receipts",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_receipts", x => new { x.tenant_id, x.message_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error_code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_tenant_id_dispatched_at_id",
                table: "outbox_messages",
                columns: new[] { "tenant_id", "dispatched_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_receipts");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
