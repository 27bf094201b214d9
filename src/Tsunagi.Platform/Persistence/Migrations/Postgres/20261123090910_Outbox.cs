using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Platform.Persistence.Migrations.Postgres
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
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_receipts", x => new { x.tenant_id, x.message_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_tenant_id_dispatched_at_id",
                table: "outbox_messages",
                columns: new[] { "tenant_id", "dispatched_at", "id" });

            // Both tables are tenant-owned: row-level security and the application's grants. Receipts are
            // only ever added (a receipt removed would let a handler run twice), so INSERT and SELECT only.
            migrationBuilder.EnableTenantIsolation("outbox_messages");
            migrationBuilder.EnableTenantIsolation("inbox_receipts", ApplicationTableAccess.AppendOnly);
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
