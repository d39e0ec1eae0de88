using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonaTitlesAndUrlKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Titles",
                table: "Personas",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            JourneyBot.Core.Catalog.ShippedPersonaTitles.Fill(migrationBuilder);

            migrationBuilder.AddColumn<string>(
                name: "UrlKey",
                table: "Collateral",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Collateral_UrlKey",
                table: "Collateral",
                column: "UrlKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Collateral_UrlKey",
                table: "Collateral");

            migrationBuilder.DropColumn(
                name: "Titles",
                table: "Personas");

            migrationBuilder.DropColumn(
                name: "UrlKey",
                table: "Collateral");
        }
    }
}
