using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Platform.Persistence.Migrations.Sqlite
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
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "BLOB", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_data_keys", x => new { x.tenant_id, x.version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tenant_data_keys");
        }
    }
}
