using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndRetire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Collateral",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "Collateral",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Collateral");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "Collateral");
        }
    }
}
