using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DutyLists.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialListsAndTakeoverWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepartmentAsWritten",
                table: "Takeovers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReplacesAllLists",
                table: "StagedImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CarriedOverLists",
                table: "Revisions",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepartmentAsWritten",
                table: "Takeovers");

            migrationBuilder.DropColumn(
                name: "ReplacesAllLists",
                table: "StagedImports");

            migrationBuilder.DropColumn(
                name: "CarriedOverLists",
                table: "Revisions");
        }
    }
}
