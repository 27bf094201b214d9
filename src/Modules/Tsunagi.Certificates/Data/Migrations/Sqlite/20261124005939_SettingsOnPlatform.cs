using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Certificates.Data.Migrations.Sqlite
{
    /// <summary>
    /// The fee table and the certificate settings moved onto the platform's settings (ADR 0014). The tables are renamed, not
    /// dropped: LegacySettingsMover moves their rows into setting_values at start-up (per tenant, audited) and empties them;
    /// a later migration drops the empty legacy_* tables once every deployment has started on this version.
    /// </summary>
    public partial class SettingsOnPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "certificate_settings", newName: "legacy_certificate_settings");
            migrationBuilder.RenameTable(name: "fee_schedule", newName: "legacy_fee_schedule");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "legacy_certificate_settings", newName: "certificate_settings");
            migrationBuilder.RenameTable(name: "legacy_fee_schedule", newName: "fee_schedule");
        }
    }
}
