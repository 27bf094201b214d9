using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Portal.Data.Migrations.Sqlite
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
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portal_mail_drop", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "pre_applications",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    life_event = table.Column<int>(type: "INTEGER", nullable: false),
                    draft_json = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    taken_by_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    purged_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_applications", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "resident_sign_in_codes",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    identity_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    code_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
