using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Certificates.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificate_settings",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    certification_statement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    mayor_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    mayor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seal_png = table.Column<byte[]>(type: "bytea", nullable: true),
                    counters = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "fee_schedule",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    fee_per_copy = table.Column<long>(type: "bigint", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_schedule", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "issuances",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resident_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    options_json = table.Column<string>(type: "text", nullable: false),
                    requester_type = table.Column<int>(type: "integer", nullable: false),
                    requester_json = table.Column<string>(type: "text", nullable: false),
                    copies = table.Column<int>(type: "integer", nullable: false),
                    fee_per_copy = table.Column<long>(type: "bigint", nullable: false),
                    fee_total = table.Column<long>(type: "bigint", nullable: false),
                    fee_exemption = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    verification_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content_json = table.Column<string>(type: "text", nullable: false),
                    page_count = table.Column<int>(type: "integer", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<Guid>(type: "uuid", nullable: false),
                    counter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    receipt_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reprint_count = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issuances", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    tendered = table.Column<long>(type: "bigint", nullable: false),
                    counter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_by = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "void_requests",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    refund_amount = table.Column<long>(type: "bigint", nullable: false),
                    refund_on = table.Column<DateOnly>(type: "date", nullable: true),
                    counter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_void_requests", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_fee_schedule_tenant_id_type_effective_from",
                table: "fee_schedule",
                columns: new[] { "tenant_id", "type", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issuances_tenant_id_idempotency_key",
                table: "issuances",
                columns: new[] { "tenant_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issuances_tenant_id_issued_on_counter",
                table: "issuances",
                columns: new[] { "tenant_id", "issued_on", "counter" });

            migrationBuilder.CreateIndex(
                name: "ix_issuances_tenant_id_number",
                table: "issuances",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issuances_tenant_id_receipt_id",
                table: "issuances",
                columns: new[] { "tenant_id", "receipt_id" });

            migrationBuilder.CreateIndex(
                name: "ix_issuances_tenant_id_verification_code",
                table: "issuances",
                columns: new[] { "tenant_id", "verification_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_tenant_id_idempotency_key",
                table: "receipts",
                columns: new[] { "tenant_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_tenant_id_number",
                table: "receipts",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_tenant_id_paid_on_counter",
                table: "receipts",
                columns: new[] { "tenant_id", "paid_on", "counter" });

            migrationBuilder.CreateIndex(
                name: "ix_void_requests_tenant_id_issuance_id",
                table: "void_requests",
                columns: new[] { "tenant_id", "issuance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_void_requests_tenant_id_refund_on_counter",
                table: "void_requests",
                columns: new[] { "tenant_id", "refund_on", "counter" });

            migrationBuilder.EnableTenantIsolation("issuances");
            migrationBuilder.EnableTenantIsolation("receipts");
            migrationBuilder.EnableTenantIsolation("void_requests");
            migrationBuilder.EnableTenantIsolation("fee_schedule");
            migrationBuilder.EnableTenantIsolation("certificate_settings");
            migrationBuilder.GrantApplicationHistoryAccess("__certificates_migrations_history");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificate_settings");

            migrationBuilder.DropTable(
                name: "fee_schedule");

            migrationBuilder.DropTable(
                name: "issuances");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "void_requests");
        }
    }
}
