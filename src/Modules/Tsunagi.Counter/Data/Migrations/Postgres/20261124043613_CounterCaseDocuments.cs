using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Counter.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CounterCaseDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counter_case_documents",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issuance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    copies = table.Column<int>(type: "integer", nullable: false),
                    fee = table.Column<long>(type: "bigint", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    receipt_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_case_documents", x => new { x.tenant_id, x.issuance_id });
                });

            migrationBuilder.CreateTable(
                name: "counter_case_payments",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    receipt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    tendered = table.Column<long>(type: "bigint", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    clerk_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_case_payments", x => new { x.tenant_id, x.receipt_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_counter_case_documents_tenant_id_case_id",
                table: "counter_case_documents",
                columns: new[] { "tenant_id", "case_id" });

            migrationBuilder.CreateIndex(
                name: "ix_counter_case_payments_tenant_id_case_id",
                table: "counter_case_payments",
                columns: new[] { "tenant_id", "case_id" });

            migrationBuilder.EnableTenantIsolation("counter_case_documents");
            migrationBuilder.EnableTenantIsolation("counter_case_payments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counter_case_documents");

            migrationBuilder.DropTable(
                name: "counter_case_payments");
        }
    }
}
