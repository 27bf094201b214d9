using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CostModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cost_models",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    model = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cost_models", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_cost_models_tenant_id_fiscal_year_version",
                table: "cost_models",
                columns: new[] { "tenant_id", "fiscal_year", "version" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("cost_models");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cost_models");
        }
    }
}
