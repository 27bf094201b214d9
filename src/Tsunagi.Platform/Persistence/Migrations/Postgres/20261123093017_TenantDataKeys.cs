using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenantDataKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tenant_data_keys",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_data_keys", x => new { x.tenant_id, x.version });
                });

            // A tenant's keys are visible to that tenant only; the application adds versions and never
            // changes or deletes one (a key still decrypts what it encrypted).
            migrationBuilder.EnableTenantIsolation("tenant_data_keys", ApplicationTableAccess.AppendOnly);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tenant_data_keys");
        }
    }
}
