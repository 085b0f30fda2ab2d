using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DutyLists.Web.Accounts.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountsUnboundedTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
