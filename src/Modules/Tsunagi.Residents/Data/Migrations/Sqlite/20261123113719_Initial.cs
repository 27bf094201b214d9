using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Residents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "move_out_certificates",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    planned_move_out_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    destination_address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    destination_municipality_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_ids = table.Column<string>(type: "TEXT", nullable: false),
                    records_json = table.Column<string>(type: "TEXT", nullable: false),
                    used_by_municipality_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    used_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_move_out_certificates", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    change_count = table.Column<int>(type: "INTEGER", nullable: false),
                    last_effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    record_json = table.Column<string>(type: "TEXT", nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    family_name_kana = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_name_kana = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kana_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    given_name_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_kana_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    locality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    address_line = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    resident_record_code = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    individual_number_cipher = table.Column<byte[]>(type: "BLOB", nullable: true),
                    individual_number_index = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_residents_households_tenant_id_household_id",
                        columns: x => new { x.tenant_id, x.household_id },
                        principalTable: "households",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_restrictions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_restrictions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_disclosure_restrictions_residents_tenant_id_resident_id",
                        columns: x => new { x.tenant_id, x.resident_id },
                        principalTable: "residents",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ex_officio_requests",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_json = table.Column<string>(type: "TEXT", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    resident_version = table.Column<int>(type: "INTEGER", nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ex_officio_requests", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_ex_officio_requests_residents_tenant_id_resident_id",
                        columns: x => new { x.tenant_id, x.resident_id },
                        principalTable: "residents",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residency_changes",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    notified_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    late_notification = table.Column<bool>(type: "INTEGER", nullable: false),
                    status_after = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    record_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residency_changes", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_residency_changes_residents_tenant_id_resident_id",
                        columns: x => new { x.tenant_id, x.resident_id },
                        principalTable: "residents",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_restrictions_tenant_id_resident_id",
                table: "disclosure_restrictions",
                columns: new[] { "tenant_id", "resident_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ex_officio_requests_tenant_id_resident_id",
                table: "ex_officio_requests",
                columns: new[] { "tenant_id", "resident_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ex_officio_requests_tenant_id_status",
                table: "ex_officio_requests",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_move_out_certificates_tenant_id_number",
                table: "move_out_certificates",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_residency_changes_tenant_id_idempotency_key",
                table: "residency_changes",
                columns: new[] { "tenant_id", "idempotency_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residency_changes_tenant_id_resident_id_sequence",
                table: "residency_changes",
                columns: new[] { "tenant_id", "resident_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_address_line",
                table: "residents",
                columns: new[] { "tenant_id", "address_line" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_date_of_birth",
                table: "residents",
                columns: new[] { "tenant_id", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_kana_key",
                table: "residents",
                columns: new[] { "tenant_id", "given_kana_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_given_name_key",
                table: "residents",
                columns: new[] { "tenant_id", "given_name_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_household_id",
                table: "residents",
                columns: new[] { "tenant_id", "household_id" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_individual_number_index",
                table: "residents",
                columns: new[] { "tenant_id", "individual_number_index" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_kana_key",
                table: "residents",
                columns: new[] { "tenant_id", "kana_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_name_key",
                table: "residents",
                columns: new[] { "tenant_id", "name_key" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_tenant_id_resident_record_code",
                table: "residents",
                columns: new[] { "tenant_id", "resident_record_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosure_restrictions");

            migrationBuilder.DropTable(
                name: "ex_officio_requests");

            migrationBuilder.DropTable(
                name: "move_out_certificates");

            migrationBuilder.DropTable(
                name: "residency_changes");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
