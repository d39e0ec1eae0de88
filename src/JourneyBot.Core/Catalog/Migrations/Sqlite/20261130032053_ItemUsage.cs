using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JourneyBot.Core.Catalog.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ItemUsage",
                columns: table => new
                {
                    CollateralId = table.Column<int>(type: "INTEGER", nullable: false),
                    Week = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Offered = table.Column<int>(type: "INTEGER", nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false),
                    LastOfferedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastOpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemUsage", x => new { x.CollateralId, x.Week, x.ChannelId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemUsage_Week",
                table: "ItemUsage",
                column: "Week");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemUsage");
        }
    }
}
