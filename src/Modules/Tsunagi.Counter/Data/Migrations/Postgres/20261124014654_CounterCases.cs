using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Counter.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CounterCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counter_cases",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    reception_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    life_event = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    identity_document = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    identity_number_last4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_new_resident = table.Column<bool>(type: "boolean", nullable: false),
                    pre_application_reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    draft_json = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    clerk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    called_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    served_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_cases", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "counter_case_steps",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    procedure_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    department = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    suggestion_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fee = table.Column<long>(type: "bigint", nullable: false),
                    executed_by_platform = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    state_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_case_steps", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_counter_case_steps_counter_cases_tenant_id_case_id",
                        columns: x => new { x.tenant_id, x.case_id },
                        principalTable: "counter_cases",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_counter_case_steps_tenant_id_case_id_position",
                table: "counter_case_steps",
                columns: new[] { "tenant_id", "case_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_counter_case_steps_tenant_id_department_state_created_at",
                table: "counter_case_steps",
                columns: new[] { "tenant_id", "department", "state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_counter_cases_tenant_id_area_received_on_sequence",
                table: "counter_cases",
                columns: new[] { "tenant_id", "area", "received_on", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_counter_cases_tenant_id_state_received_at",
                table: "counter_cases",
                columns: new[] { "tenant_id", "state", "received_at" });

            migrationBuilder.EnableTenantIsolation("counter_cases");
            migrationBuilder.EnableTenantIsolation("counter_case_steps");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counter_case_steps");

            migrationBuilder.DropTable(
                name: "counter_cases");
        }
    }
}
