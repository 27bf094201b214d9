using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Consortium.Data.Migrations.Sqlite
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
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    model = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cost_models");
        }
    }
}
