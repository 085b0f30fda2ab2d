using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DutyLists.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReplacesAllLists",
                table: "StagedImports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CarriedOverLists",
                table: "Revisions",
                type: "character varying(50)",
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
