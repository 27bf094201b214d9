using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Residents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchHeadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_household_id",
                table: "residents");

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_household_id_relationship_status_family~",
                table: "residents",
                columns: new[] { "tenant_id", "household_id", "relationship", "status", "family_name", "given_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_household_id_relationship_status_family~",
                table: "residents");

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_household_id",
                table: "residents",
                columns: new[] { "tenant_id", "household_id" });
        }
    }
}
