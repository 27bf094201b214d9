using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Residents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_given_kana_key",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_given_name_key",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_kana_key",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_name_key",
                table: "residents");

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_kana_key_status_kana_key_id",
                table: "residents",
                columns: new[] { "tenant_id", "given_kana_key", "status", "kana_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_name_key_status_kana_key_id",
                table: "residents",
                columns: new[] { "tenant_id", "given_name_key", "status", "kana_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_kana_key_given_kana_key_status_id",
                table: "residents",
                columns: new[] { "tenant_id", "kana_key", "given_kana_key", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_name_key_given_name_key_status_kana_key_id",
                table: "residents",
                columns: new[] { "tenant_id", "name_key", "given_name_key", "status", "kana_key", "id" });

            // The planner needs statistics of the new indexes to prefer them (docs/benchmarks/residents.md).
            migrationBuilder.Sql("ANALYZE residents;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_given_kana_key_status_kana_key_id",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_given_name_key_status_kana_key_id",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_kana_key_given_kana_key_status_id",
                table: "residents");

            migrationBuilder.DropIndex(
                name: "ix_residents_tenant_id_name_key_given_name_key_status_kana_key_id",
                table: "residents");

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_kana_key",
                table: "residents",
                columns: new[] { "tenant_id", "given_kana_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_name_key",
                table: "residents",
                columns: new[] { "tenant_id", "given_name_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_kana_key",
                table: "residents",
                columns: new[] { "tenant_id", "kana_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_name_key",
                table: "residents",
                columns: new[] { "tenant_id", "name_key" });
        }
    }
}
