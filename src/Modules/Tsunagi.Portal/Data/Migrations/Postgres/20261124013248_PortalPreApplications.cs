using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tsunagi.Platform.Persistence;

#nullable disable

namespace Tsunagi.Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortalPreApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "portal_mail_drop",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portal_mail_drop", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "pre_applications",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    owner_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    life_event = table.Column<int>(type: "integer", nullable: false),
                    draft_json = table.Column<string>(type: "character varying(32000)", maxLength: 32000, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    taken_by_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_applications", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "resident_sign_in_codes",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    identity_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resident_sign_in_codes", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_pre_applications_tenant_id_owner_key",
                table: "pre_applications",
                columns: new[] { "tenant_id", "owner_key" });

            migrationBuilder.CreateIndex(
                name: "ix_pre_applications_tenant_id_reference",
                table: "pre_applications",
                columns: new[] { "tenant_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pre_applications_tenant_id_status",
                table: "pre_applications",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_resident_sign_in_codes_tenant_id_identity_key",
                table: "resident_sign_in_codes",
                columns: new[] { "tenant_id", "identity_key" });

            migrationBuilder.EnableTenantIsolation("pre_applications");
            migrationBuilder.EnableTenantIsolation("resident_sign_in_codes");
            migrationBuilder.EnableTenantIsolation("portal_mail_drop");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_mail_drop");

            migrationBuilder.DropTable(
                name: "pre_applications");

            migrationBuilder.DropTable(
                name: "resident_sign_in_codes");
        }
    }
}
