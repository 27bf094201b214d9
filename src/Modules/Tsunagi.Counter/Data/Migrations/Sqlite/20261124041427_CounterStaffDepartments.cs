using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tsunagi.Counter.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CounterStaffDepartments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counter_staff_departments",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    staff_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    assigned_by = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_staff_departments", x => new { x.tenant_id, x.staff_id, x.department });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counter_staff_departments");
        }
    }
}
