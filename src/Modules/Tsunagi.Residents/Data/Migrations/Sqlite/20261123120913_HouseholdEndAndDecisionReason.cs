using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Residents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HouseholdEndAndDecisionReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_on",
                table: "households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_reason",
                table: "ex_officio_requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ended_on",
                table: "households");

            migrationBuilder.DropColumn(
                name: "decision_reason",
                table: "ex_officio_requests");
        }
    }
}
